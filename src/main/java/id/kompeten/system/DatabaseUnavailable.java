package id.kompeten.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Whether a failure is the database being gone (stopped, restarting, unreachable, or a pooled connection it closed)
 * rather than anything about the request: such a failure is answered 503 with Retry-After, costs a job none of its
 * retries, and is worth trying again on a fresh connection. Read from the whole cause chain, since the engine (MyBatis),
 * Hibernate and Spring each wrap the driver's exception in their own.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait (Retry-After): about how long a PostgreSQL restart takes. */
    public static final int RETRY_AFTER_SECONDS = 10;

    /** Message key of the answer, in messages*.properties. */
    public static final String MESSAGE = "api.databaseUnavailable";

    /** HikariCP's ProxyConnection.ClosedConnection. */
    private static final String HIKARI_CLOSED = "Connection is closed";

    private DatabaseUnavailable() {}

    public static boolean in(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (is(cause)) {
                return true;
            }
            // a batch's driver failure hangs on the chain of SQLExceptions, not (only) on the cause
            if (cause instanceof SQLException sql && sql.getNextException() != null && in(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    /** The answer's text, Indonesian first: "Indonesian / English", as every refusal of ours. */
    public static String text(MessageSource messages) {
        return messages.getMessage(MESSAGE, null, Locale.forLanguageTag("id")) + " / "
                + messages.getMessage(MESSAGE, null, Locale.ENGLISH);
    }

    private static boolean is(Throwable cause) {
        if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() == null
                && HIKARI_CLOSED.equals(sql.getMessage())) {
            // Hikari closes a pooled connection the driver reported broken and answers every later call on it (the
            // transaction's rollback, say) with this, without a state: it hides the first failure in the chain
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // 08: connection exception (refused, broken, closed); 57P01-03: the server shutting down or starting up
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        // Hikari's wait for a connection that never came ("Connection is not available, request timed out")
        return cause.getMessage() != null && cause.getMessage().contains("Connection is not available");
    }
}
