package id.kompeten.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one recorded email, after the step that asked for it committed: for the drain ({@link EmailDrain}) or,
 * after a failed send, for its job. At most once per idempotency key, and settles its row. Most emails are settled
 * without a send, in one statement after one read and no transaction: a receipt already there (sent before, and
 * its node died after the send) settles it as SENT; a reminder or escalation whose task is done by now is OBSOLETE;
 * no address, NO_ADDRESS; no SMTP server, MAIL_DISABLED. Each such settlement changes only a row still REQUESTED,
 * so a second node deciding the same at once changes nothing. A send locks the row for its transaction
 * ({@code for update skip locked}: a row another node or thread holds is left to it), reads the receipt again
 * under the lock, sends, records the receipt and settles. A failed send throws: the drain hands the email to a
 * job, which is retried per kompeten.mail.retry-cycle, then is an incident on the case.
 *
 * <p>In plain JDBC: the drain's transaction holds one connection and nothing of JPA or the engine (the open task is
 * looked up before it), so a send never waits for a second connection while it holds one.
 */
@Service
class EmailDelivery {

    private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);

    private record Row(String key, String messageId, String address, String recipient, String kind, String aboutTask,
                       Timestamp delivered) {}

    private final EmailContent content;
    private final EmailReceipts receipts;
    private final OpenTasks tasks;
    private final Mailer mailer;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate sending;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmailDelivery(EmailContent content, EmailReceipts receipts, OpenTasks tasks, Mailer mailer, JdbcTemplate jdbc,
                  DataSource dataSource, ApplicationEventPublisher events, Clock clock) {
        this.content = content;
        this.receipts = receipts;
        this.tasks = tasks;
        this.mailer = mailer;
        this.jdbc = jdbc;
        // the send's transaction: one connection, no JPA (JdbcTemplate's statements join it)
        this.sending = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param byJob sent by its job, in the job's transaction; else by the drain, which leaves an email with a job to
     *              it and runs outside any transaction
     */
    void deliver(long id, boolean byJob) {
        List<Row> rows = jdbc.query(byJob ? SELECT + " and m.status = 'REQUESTED'"
                : SELECT + " and m.status = 'REQUESTED' and m.job_id is null", (r, n) -> new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getTimestamp(7)), id);
        if (rows.isEmpty()) {
            return; // settled, or another's to send
        }
        Row row = rows.get(0);
        if (row.delivered() != null) {
            log.info("email {} already delivered, not sent again", row.key());
            settle(id, EmailMessage.Status.SENT, row.delivered().toInstant());
        } else if (row.aboutTask() != null && !tasks.open(row.aboutTask())) {
            log.info("email {} not sent: its task {} is done", row.key(), row.aboutTask());
            settle(id, EmailMessage.Status.OBSOLETE, null);
        } else if (row.address() == null || row.address().isBlank()) {
            log.warn("email {}: {} has no email address", row.key(), row.recipient());
            settle(id, EmailMessage.Status.NO_ADDRESS, null);
        } else if (!mailer.enabled()) {
            log.info("email {} to {} not sent: no SMTP server configured (spring.mail.host)", row.key(), row.address());
            settle(id, EmailMessage.Status.MAIL_DISABLED, null);
        } else if (byJob || TransactionSynchronizationManager.isActualTransactionActive()) {
            send(id, row); // in the job's transaction
        } else {
            sending.executeWithoutResult(status -> send(id, row));
        }
    }

    private static final String SELECT = "select m.idempotency_key, m.message_id, m.address, m.recipient, m.kind,"
            + " m.about_task, d.delivered_at from email_message m left join email_delivery d"
            + " on d.idempotency_key = m.idempotency_key where m.id = ?";

    /** Under the row's lock: not sent meanwhile by another, sends it, records the receipt, settles it. */
    private void send(long id, Row row) {
        List<String> locked = jdbc.queryForList("select content from email_message where id = ? and status = 'REQUESTED'"
                + " for update skip locked", String.class, id);
        if (locked.isEmpty()) {
            return; // being sent by another transaction now, or settled
        }
        Optional<Instant> delivered = receipts.deliveredAt(row.key());
        if (delivered.isPresent()) {
            settle(id, EmailMessage.Status.SENT, delivered.get()); // sent by another since the read above
            return;
        }
        mailer.send(content.read(locked.get(0)), row.messageId());
        Instant sent = clock.instant();
        receipts.record(row.key(), row.messageId(), sent);
        settle(id, EmailMessage.Status.SENT, sent);
        events.publishEvent(new EmailSent(row.key(), row.messageId(), row.address(), row.kind()));
    }

    /** Settles a row still requested; one a concurrent transaction settled first stays as that one left it. */
    private void settle(long id, EmailMessage.Status status, Instant sentAt) {
        jdbc.update("update email_message set status = ?, sent_at = ? where id = ? and status = 'REQUESTED'",
                status.name(), sentAt == null ? null : Timestamp.from(sentAt), id);
    }
}
