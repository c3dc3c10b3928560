package id.kompeten.notification;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of email steps: a step only records its email (status REQUESTED, under its idempotency key) and
 * creates the job that will send it, both in the step's transaction. A step that rolls back thus leaves neither
 * row nor job and sends nothing; a step that committed has its job, which sends after the commit
 * ({@link EmailDelivery}). A failing send fails that job, not the step: the case moves on, the job is retried
 * and ends as an incident on the case.
 */
@Service
@Transactional
class EmailOutbox {

    private final EmailMessageRepository messages;
    private final EmailContent content;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String messageIdDomain;

    EmailOutbox(EmailMessageRepository messages, EmailContent content, JdbcTemplate jdbc,
                ApplicationEventPublisher events, Clock clock, MailSettings mail) {
        this.messages = messages;
        this.content = content;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.messageIdDomain = mail.messageIdDomain();
    }

    /** Records the email (of {@code caseNumber}, or null) and its sending job in the transaction of the running step. */
    void request(EmailKey key, ComposedEmail email, String caseNumber) {
        if (messages.findByIdempotencyKey(key.value()).isPresent()) {
            return; // asked for already, and its job made with it
        }
        EmailMessage message = messages.saveAndFlush(
                new EmailMessage(key, key.messageId(messageIdDomain), email, caseNumber, clock.instant()));
        // JSON beside the mapped columns: the column is text, which JPA's schema validation reads as a CLOB
        jdbc.update("update email_message set content = ? where id = ?", content.write(email), message.getId());
        EmailJobHandler.schedule(RunningStep.execution(), message.getId());
        events.publishEvent(new EmailRequested(key.value(), message.getMessageId()));
    }
}
