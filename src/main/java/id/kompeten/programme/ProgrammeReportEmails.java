package id.kompeten.programme;

import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.notification.EmailTexts;
import id.kompeten.notification.Emails;
import id.kompeten.notification.OutgoingEmail;
import id.kompeten.notification.OutgoingEmail.Detail;
import id.kompeten.notification.OutgoingEmail.Link;
import id.kompeten.notification.Recipients;
import id.kompeten.report.ProgrammeReport;
import id.kompeten.report.ReportVersions;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * The published report, emailed through notification's {@link Emails} to the agency's heads
 * ({@link EmployeeDirectory#headsOf}), each in their language, with a link to the report page. Texts
 * {@code mail.PROGRAMME_REPORT_PUBLISHED.subject} and {@code .body}: {0} programme name, {1} its code.
 */
@Service
class ProgrammeReportEmails {

    static final String KIND = "PROGRAMME_REPORT_PUBLISHED";

    private final ReportVersions reports;
    private final EmployeeDirectory employees;
    private final Emails emails;
    private final Recipients recipients;
    private final EmailTexts texts;

    ProgrammeReportEmails(ReportVersions reports, EmployeeDirectory employees, Emails emails, Recipients recipients,
                          EmailTexts texts) {
        this.reports = reports;
        this.employees = employees;
        this.emails = emails;
        this.recipients = recipients;
        this.texts = texts;
    }

    /** Sends version {@code version} of the programme's report; a head unknown to Camunda gets nothing. */
    void send(String code, int version) {
        ReportVersions.Version published = reports.version(code, version)
                .orElseThrow(() -> new IllegalStateException("no report " + code + " v" + version));
        ProgrammeReport report = published.report();
        Object[] args = {report.name(), code};
        for (Employee head : employees.headsOf(report.agency())) {
            recipients.user(head.getUsername()).ifPresent(to -> {
                Locale locale = to.locale();
                emails.request(OutgoingEmail.notice(KIND, code, to, texts.text("mail." + KIND + ".subject", locale, args),
                        texts.text("mail." + KIND + ".body", locale, args), details(published, code, locale),
                        Link.toPage("/laporan/program/" + code, "mail.action.openReport")));
            });
        }
    }

    private List<Detail> details(ReportVersions.Version published, String code, Locale locale) {
        ProgrammeReport report = published.report();
        return List.of(new Detail(texts.text("mail.detail.programme", locale), report.name() + " (" + code + ")"),
                new Detail(texts.text("mail.detail.agency", locale), report.agency()),
                new Detail(texts.text("mail.detail.reportVersion", locale), texts.text(published.finalReport()
                        ? "report.version.final" : "report.version.interim", locale, String.valueOf(published.version()))),
                new Detail(texts.text("mail.detail.conclusion", locale), "en".equals(locale.getLanguage())
                        ? report.conclusion().en() : report.conclusion().id()));
    }
}
