package id.kompeten.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email: sender, the address links point to, the retry cycle of a failing send (then its email job is an
 * incident), and how often a node looks for emails committed and not sent ({@link EmailDrain}; zero: never, as the
 * tests, which run that look themselves). Prefix {@code kompeten.mail} (see application.yaml); read by the
 * features that write emails, too.
 */
@ConfigurationProperties("kompeten.mail")
public record MailSettings(@DefaultValue("Kompeten <noreply@kompeten.example>") String from,
                           @DefaultValue("http://localhost:8080") String baseUrl,
                           @DefaultValue("R5/PT5M") String retryCycle,
                           @DefaultValue("kompeten.example") String messageIdDomain,
                           String linkSecret,
                           @DefaultValue("PT10S") java.time.Duration outboxPoll) {

    public MailSettings {
        try {
            new jakarta.mail.internet.InternetAddress(from, true); // fail at start, not at the first send
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalArgumentException("kompeten.mail.from is not an email address: " + from, e);
        }
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("kompeten.mail.base-url must start with http:// or https://");
        }
        baseUrl = baseUrl.replaceAll("/+$", ""); // links append "/path"
        if (outboxPoll.isNegative()) {
            throw new IllegalArgumentException("kompeten.mail.outbox-poll must not be negative: " + outboxPoll);
        }
    }
}
