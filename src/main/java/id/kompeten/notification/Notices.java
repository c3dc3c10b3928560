package id.kompeten.notification;

import id.kompeten.notification.OutgoingEmail.Detail;
import id.kompeten.notification.OutgoingEmail.Link;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Emails that are not about one case: a programme's published report to the agency's heads, the JP reminder
 * to supervisors. Asked for by a BPMN step like every case email and sent through the same outbox, after the
 * step committed (retried, then an incident), at most once per topic, step, recipient and job. Texts: {@code mail.<KIND>.subject} and
 * {@code .body}; the arguments are given per language.
 */
@Service
public class Notices {

    /** One row of the email's details: a label (a message key, or as it is, e.g. a name) and a value as it is. */
    public record Line(String label, boolean labelIsKey, String value) {
        public static Line of(String labelKey, String value) {
            return new Line(labelKey, true, value);
        }

        public static Line literal(String label, String value) {
            return new Line(label, false, value);
        }
    }

    /**
     * @param topic what the email is about (a programme code, "JP-2026"): part of its idempotency key
     * @param args the arguments of the subject and body in the reader's language
     * @param lines the details in the reader's language
     * @param linkPath a page of Kompeten the email links to ("/laporan/program/X"), or null
     */
    public record Notice(String topic, EmailKind kind, String username, Function<Locale, Object[]> args,
                         Function<Locale, List<Line>> lines, String linkPath, String linkLabelKey) {}

    private final Recipients recipients;
    private final EmailTexts texts;
    private final Emails emails;

    Notices(Recipients recipients, EmailTexts texts, Emails emails) {
        this.recipients = recipients;
        this.texts = texts;
        this.emails = emails;
    }

    /** Sends the notice from the running step; a recipient unknown to Camunda gets nothing. */
    public void send(Notice notice) {
        recipients.user(notice.username()).ifPresent(recipient -> {
            Locale locale = recipient.locale();
            Object[] args = notice.args().apply(locale);
            List<Detail> details = notice.lines().apply(locale).stream()
                    .map(l -> new Detail(l.labelIsKey() ? texts.text(l.label(), locale) : l.label(), l.value())).toList();
            String key = "mail." + notice.kind().name();
            emails.request(OutgoingEmail.notice(notice.kind().name(), notice.topic(), recipient,
                    texts.text(key + ".subject", locale, args), texts.text(key + ".body", locale, args), details,
                    notice.linkPath() == null ? null : Link.toPage(notice.linkPath(), notice.linkLabelKey())));
        });
    }
}
