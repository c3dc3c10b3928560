package id.kompeten.notification;

import com.zaxxer.hikari.HikariDataSource;
import id.kompeten.system.DatabaseUnavailable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Delivery receipts. Looked up in the email job's own transaction; each written the moment the SMTP server accepted
 * the message and committed at once, so that if the job then fails or its node dies before its own commit, the
 * re-run finds the receipt and does not send again.
 *
 * <p>The receipt is written over a small pool of its own (same database, auto-commit), not the main one: the job
 * holds a connection of the main pool for its transaction, and if the receipt waited for a second connection of
 * that pool, jobs holding every connection would each wait for another that none gives back (a pool deadlock, seen
 * under load). A receipt connection is held only for its one insert and never waits for anything else.
 *
 * <p>The email is out by then, so a receipt lost to the database being gone would send it again: a connection the
 * database closed (a restart of PostgreSQL) is tried again on a fresh one at once, and while the database does not
 * answer, again every second for {@link #PATIENCE}, which outlasts a restart and stays well below the job's lock
 * (a minute), so no other node runs the job meanwhile.
 */
@Component
class EmailReceipts implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmailReceipts.class);

    /** Enough for the job executor's threads to record at once rarely; a wait is one insert long. */
    static final int RECEIPT_CONNECTIONS = 2;
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final Duration PAUSE = Duration.ofSeconds(1);
    static final String INSERT = "insert into email_delivery (idempotency_key, message_id, delivered_at) values (?, ?, ?)";

    /** How the receipt waits between tries; the tests' does not sleep. */
    interface Pause {
        void sleep(Duration pause) throws InterruptedException;
    }

    private final JdbcTemplate jdbc;
    private final DataSource receipts;
    private final SQLExceptionTranslator translator;
    private final Pause pause;
    private final Clock clock;

    @Autowired
    EmailReceipts(JdbcTemplate jdbc, DataSourceProperties dataSource) {
        this(jdbc, receiptPool(dataSource), duration -> Thread.sleep(duration.toMillis()), Clock.systemUTC());
    }

    EmailReceipts(JdbcTemplate jdbc, DataSource receipts, Pause pause, Clock clock) {
        this.jdbc = jdbc;
        this.receipts = receipts;
        this.translator = new SQLErrorCodeSQLExceptionTranslator(receipts);
        this.pause = pause;
        this.clock = clock;
    }

    private static HikariDataSource receiptPool(DataSourceProperties dataSource) {
        HikariDataSource pool = dataSource.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("kompeten-receipts");
        pool.setMaximumPoolSize(RECEIPT_CONNECTIONS);
        pool.setMinimumIdle(0);
        pool.setAutoCommit(true);
        // each try gives up soon while the database is down; PATIENCE bounds them all
        pool.setConnectionTimeout(PAUSE.multipliedBy(5).toMillis());
        return pool;
    }

    Optional<Instant> deliveredAt(String key) {
        return jdbc.query("select delivered_at from email_delivery where idempotency_key = ?",
                (row, n) -> row.getTimestamp(1).toInstant(), key).stream().findFirst();
    }

    void record(String key, String messageId, Instant at) {
        Instant giveUp = clock.instant().plus(PATIENCE);
        for (int attempt = 1; ; attempt++) {
            try {
                insert(key, messageId, at);
                return;
            } catch (DuplicateKeyException e) {
                if (attempt == 1) {
                    throw e;
                }
                // the try before reached the database and committed; only its answer was lost
                return;
            } catch (DataAccessException e) {
                if (!DatabaseUnavailable.in(e) || clock.instant().isAfter(giveUp)) {
                    throw e;
                }
                log.warn("receipt of email {} not written, database unavailable (try {}): {}", key, attempt, e.getMessage());
                try {
                    // the first retry at once: the pool dropped the dead connection and hands out a fresh one
                    if (attempt > 1) {
                        pause.sleep(PAUSE);
                    }
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * The insert on a connection of the receipt pool taken for it alone and given back at once. Not through
     * JdbcTemplate: inside the job's transaction Spring would bind that connection to the thread until the job
     * commits, and every retry would reuse it, dead as it is once the database went away.
     */
    private void insert(String key, String messageId, Instant at) {
        try (java.sql.Connection connection = receipts.getConnection();
                java.sql.PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, key);
            insert.setString(2, messageId);
            insert.setTimestamp(3, Timestamp.from(at));
            insert.executeUpdate();
        } catch (java.sql.SQLException e) {
            DataAccessException translated = translator.translate("email receipt", INSERT, e);
            throw translated != null ? translated : new UncategorizedSQLException("email receipt", INSERT, e);
        }
    }

    @Override
    public void destroy() {
        if (receipts instanceof HikariDataSource pool) {
            pool.close();
        }
    }
}
