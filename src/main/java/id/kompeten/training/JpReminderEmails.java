package id.kompeten.training;

import id.kompeten.notification.EmailTexts;
import id.kompeten.notification.Emails;
import id.kompeten.notification.OutgoingEmail;
import id.kompeten.notification.OutgoingEmail.Detail;
import id.kompeten.notification.Recipients;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * The third-quarter JP reminder to one supervisor, sent through notification's {@link Emails}: their staff below
 * the yearly target, furthest behind first, each with their JP so far, in one email. Texts
 * {@code mail.JP_BELOW_TARGET.subject} and {@code .body}: {0} year, {1} how many staff, {2} the target.
 */
@Service
class JpReminderEmails {

    static final String KIND = "JP_BELOW_TARGET";

    private final JpReminders reminders;
    private final Emails emails;
    private final Recipients recipients;
    private final EmailTexts texts;

    JpReminderEmails(JpReminders reminders, Emails emails, Recipients recipients, EmailTexts texts) {
        this.reminders = reminders;
        this.emails = emails;
        this.recipients = recipients;
        this.texts = texts;
    }

    /** Reminds the supervisor (a user Camunda does not know gets nothing), unless their staff have caught up. */
    void send(String supervisorUsername, int year) {
        List<JpReminders.Behind> staff = reminders.staffOf(supervisorUsername, year);
        if (staff.isEmpty()) {
            return; // they have caught up since the list was made
        }
        String target = reminders.target().stripTrailingZeros().toPlainString();
        List<Detail> lines = staff.stream().map(s -> new Detail(s.name() + " (NIP " + s.nip() + ")",
                s.jp().toPlainString() + " / " + target + " JP")).toList();
        Object[] args = {String.valueOf(year), String.valueOf(staff.size()), target};
        recipients.user(supervisorUsername).ifPresent(to -> {
            Locale locale = to.locale();
            emails.request(OutgoingEmail.notice(KIND, "JP-" + year, to,
                    texts.text("mail." + KIND + ".subject", locale, args), texts.text("mail." + KIND + ".body", locale, args),
                    lines, null));
        });
    }
}
