package id.kompeten.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery receipts. Looked up in the email job's own transaction; each written in a transaction of its own the
 * moment the SMTP server accepted the message (the only moment a second connection is taken, after the send),
 * so that if the job then fails or its node dies before the commit, the re-run finds the receipt and does not
 * send again.
 */
@Component
class EmailReceipts {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    EmailReceipts(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Optional<Instant> deliveredAt(String key) {
        return jdbc.query("select delivered_at from email_delivery where idempotency_key = ?",
                (row, n) -> row.getTimestamp(1).toInstant(), key).stream().findFirst();
    }

    void record(String key, String messageId, Instant at) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "insert into email_delivery (idempotency_key, message_id, delivered_at) values (?, ?, ?)",
                key, messageId, Timestamp.from(at)));
    }
}
