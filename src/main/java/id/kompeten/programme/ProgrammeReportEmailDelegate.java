package id.kompeten.programme;

import id.kompeten.notification.EmailKind;
import id.kompeten.notification.Notices;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.MessageSource;
import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeDirectory;
import org.springframework.stereotype.Component;

/**
 * Emails the published report to the agency's heads ({@link EmployeeDirectory#headsOf}), each in their
 * language, with a link to the report page.
 */
@Component
class ProgrammeReportEmailDelegate implements JavaDelegate {

    private final ProgrammeReports reports;
    private final Notices notices;
    private final EmployeeDirectory employees;
    private final MessageSource messages;

    ProgrammeReportEmailDelegate(ProgrammeReports reports, Notices notices, EmployeeDirectory employees,
                                 MessageSource messages) {
        this.reports = reports;
        this.notices = notices;
        this.employees = employees;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = (String) execution.getVariable(ProgrammeProcess.PROGRAMME_CODE);
        int version = ((Number) execution.getVariable(ProgrammeProcess.REPORT_VERSION)).intValue();
        ProgrammeReports.Version published = reports.version(code, version)
                .orElseThrow(() -> new IllegalStateException("no report " + code + " v" + version));
        Programmes.ProgrammeReport report = published.report();
        for (Employee head : employees.headsOf(report.agency())) {
            notices.send(new Notices.Notice(code, EmailKind.PROGRAMME_REPORT_PUBLISHED, head.getUsername(),
                    locale -> new Object[] {report.name(), code},
                    locale -> List.of(Notices.Line.of("mail.detail.programme", report.name() + " (" + code + ")"),
                            Notices.Line.of("mail.detail.agency", report.agency()),
                            Notices.Line.of("mail.detail.reportVersion", versionLabel(published, locale)),
                            Notices.Line.of("mail.detail.conclusion", "en".equals(locale.getLanguage())
                                    ? report.conclusion().en() : report.conclusion().id())),
                    "/laporan/program/" + code, "mail.action.openReport"));
        }
    }

    private String versionLabel(ProgrammeReports.Version v, Locale locale) {
        return messages.getMessage(v.finalReport() ? "report.version.final" : "report.version.interim",
                new Object[] {String.valueOf(v.version())}, locale);
    }
}
