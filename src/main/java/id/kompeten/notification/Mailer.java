package id.kompeten.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one email over SMTP through Spring's mail support: HTML with a plain-text alternative, its attachments
 * (a calendar invite), and the Message-ID derived from the idempotency key. Without spring.mail.host
 * there is no sender, and {@link #enabled()} says so (demo without a mail server).
 */
@Component
class Mailer {

    private final ObjectProvider<JavaMailSenderImpl> senders;
    private final EmailTemplates templates;
    private final MailSettings mail;

    Mailer(ObjectProvider<JavaMailSenderImpl> senders, EmailTemplates templates, MailSettings mail) {
        this.senders = senders;
        this.templates = templates;
        this.mail = mail;
    }

    boolean enabled() {
        return senders.getIfAvailable() != null;
    }

    void send(ComposedEmail email, String messageId) {
        JavaMailSenderImpl sender = senders.getObject();
        EmailTemplates.Rendered body = templates.render(email);
        try {
            MimeMessage message = new KeyedMimeMessage(sender.getSession(), messageId);
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(mail.from());
            helper.setTo(new InternetAddress(email.recipient().address(), email.recipient().name(),
                    StandardCharsets.UTF_8.name()));
            helper.setSubject(email.subject());
            helper.setText(body.text(), body.html());
            for (OutgoingEmail.Attachment attachment : email.attachments()) {
                helper.addAttachment(attachment.fileName(),
                        new ByteArrayDataSource(attachment.content(), attachment.mediaType()));
            }
            sender.send(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailSendException("could not build email " + messageId, e);
        }
    }

    /** Keeps our Message-ID: Jakarta Mail would otherwise make a new random one on every save. */
    private static final class KeyedMimeMessage extends MimeMessage {
        private final String messageId;

        KeyedMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
