package id.kompeten.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Sends one recorded email, after the step that asked for it committed: for the drain ({@link EmailDrain}) or,
 * after a failed send, for its job. At most once per idempotency key, and settles its row. Most emails are settled
 * without a send, in one statement after one read: a receipt already there (sent before, and its node died after
 * the send) settles it as SENT; a reminder or escalation whose task is done by now is OBSOLETE; no address,
 * NO_ADDRESS; no SMTP server, MAIL_DISABLED. Each settlement changes only a row still REQUESTED, so a second node
 * deciding the same at once changes nothing. A send first takes the row's lease ({@link #LEASE}, committed at once
 * by the drain, in the job's transaction for a job; a row another holds is left to it), reads the receipt again,
 * sends, records the receipt and settles. A lease is a committed time, not a lock: it outlives a restart of the
 * database in the middle of a send, when a row lock would be gone and another node would send the email again. A
 * failed send throws: the drain hands the email to a job, which is retried per kompeten.mail.retry-cycle, then is an
 * incident on the case.
 *
 * <p>In plain JDBC, each statement on its own outside a job: nothing here holds a connection while it waits for
 * another (the open task is looked up between statements; the receipt's pool is its own).
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmailDelivery(EmailContent content, EmailReceipts receipts, OpenTasks tasks, Mailer mailer, JdbcTemplate jdbc,
                  ApplicationEventPublisher events, Clock clock) {
        this.content = content;
        this.receipts = receipts;
        this.tasks = tasks;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param byJob sent by its job, in the job's transaction; else by the drain, which leaves an email with a job to
     *              it and runs outside any transaction
     */
    void deliver(long id, boolean byJob) {
        List<Row> rows = jdbc.query("select m.idempotency_key, m.message_id, m.address, m.recipient, m.kind,"
                + " m.about_task, d.delivered_at from email_message m left join email_delivery d"
                + " on d.idempotency_key = m.idempotency_key where m.id = ? and m.status = 'REQUESTED'"
                + " and (m.job_id is null or ?)", (r, n) -> new Row(r.getString(1), r.getString(2), r.getString(3),
                r.getString(4), r.getString(5), r.getString(6), r.getTimestamp(7)), id, byJob);
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
        } else {
            send(id, row, byJob);
        }
    }

    /**
     * How long a node that took an email to send has it to itself: longer than a send may take (the SMTP timeouts,
     * spring.mail: 5 s to connect, 10 s per read or write) and its receipt's patience ({@link EmailReceipts#PATIENCE},
     * 30 s); as long as a job's lock (a minute), so a node that dies mid-send delays its email as long as its jobs.
     */
    static final Duration LEASE = Duration.ofMinutes(1);

    /** With the row's lease: not sent meanwhile by another, sends it, records the receipt, settles it. */
    private void send(long id, Row row, boolean byJob) {
        Instant now = clock.instant();
        int taken = jdbc.update("update email_message set claimed_until = ? where id = ? and status = 'REQUESTED'"
                + " and (job_id is null or ?) and (claimed_until is null or claimed_until < ?)",
                Timestamp.from(now.plus(LEASE)), id, byJob, Timestamp.from(now));
        if (taken == 0) {
            return; // being sent by another node or thread now, or settled
        }
        Optional<Instant> delivered = receipts.deliveredAt(row.key());
        if (delivered.isPresent()) {
            settle(id, EmailMessage.Status.SENT, delivered.get()); // sent by another since the read above
            return;
        }
        String composed = jdbc.queryForObject("select content from email_message where id = ?", String.class, id);
        mailer.send(content.read(composed), row.messageId());
        Instant sent = clock.instant();
        receipts.record(row.key(), row.messageId(), sent);
        // before the settlement: if what listens fails, the email stays requested, and its receipt says it went
        events.publishEvent(new EmailSent(row.key(), row.messageId(), row.address(), row.kind()));
        settle(id, EmailMessage.Status.SENT, sent);
    }

    /** Settles a row still requested; one a concurrent transaction settled first stays as that one left it. */
    private void settle(long id, EmailMessage.Status status, Instant sentAt) {
        jdbc.update("update email_message set status = ?, sent_at = ? where id = ? and status = 'REQUESTED'",
                status.name(), sentAt == null ? null : Timestamp.from(sentAt), id);
    }
}
