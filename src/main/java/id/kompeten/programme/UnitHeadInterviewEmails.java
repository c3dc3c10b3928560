package id.kompeten.programme;

import id.kompeten.notification.EmailTexts;
import id.kompeten.notification.Emails;
import id.kompeten.notification.OutgoingEmail;
import id.kompeten.notification.OutgoingEmail.Detail;
import id.kompeten.notification.OutgoingEmail.Link;
import id.kompeten.notification.Recipients;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * The head of a unit is asked by email, in their language, for the interview the programme's report waits for (sent
 * through notification's {@link Emails} once the task is made: retried, and an incident if it cannot be sent). Texts
 * {@code mail.UNIT_HEAD_INTERVIEW_REQUEST.subject} and {@code .body}: {0} programme name, {1} its code, {2} the unit.
 */
@Service
class UnitHeadInterviewEmails {

    static final String KIND = "UNIT_HEAD_INTERVIEW_REQUEST";

    private final Emails emails;
    private final Recipients recipients;
    private final EmailTexts texts;

    UnitHeadInterviewEmails(Emails emails, Recipients recipients, EmailTexts texts) {
        this.emails = emails;
        this.recipients = recipients;
        this.texts = texts;
    }

    /** A head unknown to Camunda gets nothing (they still find the task in Tasklist). */
    void ask(String head, String code, String name, String unit) {
        Object[] args = {name, code, unit};
        recipients.user(head).ifPresent(to -> {
            Locale locale = to.locale();
            emails.request(OutgoingEmail.notice(KIND, code, to, texts.text("mail." + KIND + ".subject", locale, args),
                    texts.text("mail." + KIND + ".body", locale, args),
                    List.of(new Detail(texts.text("mail.detail.programme", locale), name + " (" + code + ")"),
                            new Detail(texts.text("mail.detail.unit", locale), unit)),
                    Link.toPage("/camunda/app/tasklist/", "mail.action.openTask")));
        });
    }
}
