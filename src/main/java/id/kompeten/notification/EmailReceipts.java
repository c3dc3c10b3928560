package id.kompeten.notification;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery receipts, each committed in its own transaction the moment the SMTP server accepted the message,
 * independent of the engine's transaction of the step: if the step then fails or its node dies before the
 * commit, the re-run finds the receipt and does not send again.
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

    boolean delivered(String key) {
        Integer count = ownTransaction.execute(status -> jdbc.queryForObject(
                "select count(*) from email_delivery where idempotency_key = ?", Integer.class, key));
        return count != null && count > 0;
    }

    void record(String key, String messageId, Instant at) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "insert into email_delivery (idempotency_key, message_id, delivered_at) values (?, ?, ?)",
                key, messageId, Timestamp.from(at)));
    }
}
