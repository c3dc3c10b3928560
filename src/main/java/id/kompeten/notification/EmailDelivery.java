package id.kompeten.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work of an email job, in the job's transaction, after the step that asked for the email committed: sends
 * it at most once per idempotency key and settles its row. A receipt already there (the job ran before and its
 * node died after the send) settles it as sent without sending again; a reminder or escalation whose task is done
 * by now is not sent (OBSOLETE). A failed send throws: the job is retried per kompeten.mail.retry-cycle, then it
 * is an incident on the case.
 */
@Service
@Transactional
class EmailDelivery {

    private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);

    private final EmailMessageRepository messages;
    private final EmailContent content;
    private final EmailReceipts receipts;
    private final OpenTasks tasks;
    private final Mailer mailer;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmailDelivery(EmailMessageRepository messages, EmailContent content, EmailReceipts receipts, OpenTasks tasks,
                  Mailer mailer, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.content = content;
        this.receipts = receipts;
        this.tasks = tasks;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    void deliver(long id) {
        EmailMessage message = messages.findById(id).orElse(null);
        if (message == null || message.getStatus() != EmailMessage.Status.REQUESTED) {
            return;
        }
        String key = message.getIdempotencyKey();
        Optional<Instant> delivered = receipts.deliveredAt(key);
        if (delivered.isPresent()) {
            log.info("email {} already delivered, not sent again", key);
            message.settle(EmailMessage.Status.SENT, delivered.get());
            return;
        }
        if (message.getAboutTask() != null && !tasks.open(message.getAboutTask())) {
            log.info("email {} not sent: its task {} is done", key, message.getAboutTask());
            message.settle(EmailMessage.Status.OBSOLETE, null);
            return;
        }
        if (message.getAddress() == null || message.getAddress().isBlank()) {
            log.warn("email {}: {} has no email address", key, message.getRecipient());
            message.settle(EmailMessage.Status.NO_ADDRESS, null);
            return;
        }
        if (!mailer.enabled()) {
            log.info("email {} to {} not sent: no SMTP server configured (spring.mail.host): {}", key,
                    message.getAddress(), message.getSubject());
            message.settle(EmailMessage.Status.MAIL_DISABLED, null);
            return;
        }
        ComposedEmail email = content.read(jdbc.queryForObject("select content from email_message where id = ?",
                String.class, id));
        mailer.send(email, message.getMessageId());
        Instant sent = clock.instant();
        receipts.record(key, message.getMessageId(), sent);
        message.settle(EmailMessage.Status.SENT, sent);
        events.publishEvent(new EmailSent(key, message.getMessageId(), message.getAddress(), message.getKind()));
    }
}
