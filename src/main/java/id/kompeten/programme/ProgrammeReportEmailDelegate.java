package id.kompeten.programme;

import id.kompeten.notification.EmailKind;
import id.kompeten.notification.Notices;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Emails the published report to the agency's heads: its employees who report to nobody in Kompeten (the
 * head of the agency and of each dinas), each in their language, with a link to the report page.
 */
@Component
class ProgrammeReportEmailDelegate implements JavaDelegate {

    private final ProgrammeReports reports;
    private final Notices notices;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;

    ProgrammeReportEmailDelegate(ProgrammeReports reports, Notices notices, JdbcTemplate jdbc, MessageSource messages) {
        this.reports = reports;
        this.notices = notices;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = (String) execution.getVariable(ProgrammeProcess.PROGRAMME_CODE);
        int version = ((Number) execution.getVariable(ProgrammeProcess.REPORT_VERSION)).intValue();
        ProgrammeReports.Version published = reports.version(code, version)
                .orElseThrow(() -> new IllegalStateException("no report " + code + " v" + version));
        Programmes.ProgrammeReport report = published.report();
        for (String head : heads(report.agency())) {
            notices.send(execution, new Notices.Notice(code, EmailKind.PROGRAMME_REPORT_PUBLISHED, head,
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

    private List<String> heads(String agency) {
        return jdbc.queryForList("select username from employee where agency = ? and supervisor_nip is null"
                + " order by username", String.class, agency);
    }
}
