package id.kompeten.notification;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
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
 */
@Component
class EmailReceipts implements DisposableBean {

    /** Enough for the job executor's threads to record at once rarely; a wait is one insert long. */
    static final int RECEIPT_CONNECTIONS = 2;

    private final JdbcTemplate jdbc;
    private final HikariDataSource receiptPool;
    private final JdbcTemplate receiptWriter;

    EmailReceipts(JdbcTemplate jdbc, DataSourceProperties dataSource) {
        this.jdbc = jdbc;
        this.receiptPool = dataSource.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        receiptPool.setPoolName("kompeten-receipts");
        receiptPool.setMaximumPoolSize(RECEIPT_CONNECTIONS);
        receiptPool.setMinimumIdle(0);
        receiptPool.setAutoCommit(true);
        this.receiptWriter = new JdbcTemplate(receiptPool);
    }

    Optional<Instant> deliveredAt(String key) {
        return jdbc.query("select delivered_at from email_delivery where idempotency_key = ?",
                (row, n) -> row.getTimestamp(1).toInstant(), key).stream().findFirst();
    }

    void record(String key, String messageId, Instant at) {
        receiptWriter.update(
                "insert into email_delivery (idempotency_key, message_id, delivered_at) values (?, ?, ?)",
                key, messageId, Timestamp.from(at));
    }

    @Override
    public void destroy() {
        receiptPool.close();
    }
}
