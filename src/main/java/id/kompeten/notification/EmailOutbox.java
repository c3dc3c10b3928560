package id.kompeten.notification;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends an email at most once per idempotency key: records the request in the step's transaction, skips a
 * key already delivered, and commits the delivery receipt on its own right after the SMTP server accepted
 * it. A failed send throws, so the step's job fails, retries, and ends as an incident the case waits on.
 */
@Service
@Transactional
class EmailOutbox {

    private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);

    private final EmailMessageRepository messages;
    private final EmailReceipts receipts;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String messageIdDomain;

    EmailOutbox(EmailMessageRepository messages, EmailReceipts receipts, Mailer mailer,
                ApplicationEventPublisher events, Clock clock, id.kompeten.system.KompetenProperties properties) {
        this.messages = messages;
        this.receipts = receipts;
        this.mailer = mailer;
        this.events = events;
        this.clock = clock;
        this.messageIdDomain = properties.mail().messageIdDomain();
    }

    void deliver(EmailKey key, ComposedEmail email) {
        EmailMessage message = messages.findByIdempotencyKey(key.value()).orElseGet(() -> messages.save(
                new EmailMessage(key, key.messageId(messageIdDomain), email, clock.instant())));
        if (receipts.delivered(key.value())) {
            log.info("email {} already delivered, not sent again", key.value());
            message.settle(EmailMessage.Status.SENT, clock.instant());
            return;
        }
        if (email.recipient().address() == null || email.recipient().address().isBlank()) {
            log.warn("email {}: {} has no email address", key.value(), email.recipient().username());
            message.settle(EmailMessage.Status.NO_ADDRESS, null);
            return;
        }
        if (!mailer.enabled()) {
            log.info("email {} to {} not sent: no SMTP server configured (spring.mail.host): {}", key.value(),
                    email.recipient().address(), email.subject());
            message.settle(EmailMessage.Status.MAIL_DISABLED, null);
            return;
        }
        mailer.send(email, message.getMessageId());
        receipts.record(key.value(), message.getMessageId(), clock.instant());
        message.settle(EmailMessage.Status.SENT, clock.instant());
        events.publishEvent(new EmailSent(key.value(), message.getMessageId(), email.recipient().address(),
                email.kind()));
    }
}
