package id.kompeten.programme;

import static id.kompeten.forms.FieldRule.TEXT_LIMIT;
import static id.kompeten.forms.FieldRule.choice;
import static id.kompeten.forms.FieldRule.display;
import static id.kompeten.forms.FieldRule.text;

import id.kompeten.forms.FormSpec;
import id.kompeten.forms.FormValues;
import id.kompeten.forms.TaskForm;
import id.kompeten.process.CaseContext;
import id.kompeten.process.ProgrammeProcess;
import id.kompeten.report.EvaluationReports;
import id.kompeten.report.ProgrammeFigures;
import id.kompeten.report.ReportVersions;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** HR review the generated report (the summary here, the whole report on its page) and publish it or revise it. */
@Component
class ReviewProgrammeReportForm implements TaskForm {

    static final String REVIEW_NOTE = "reviewNote";
    private static final Locale ID = Locale.forLanguageTag("id");

    private static final FormSpec SPEC = FormSpec.of("review-programme-report",
            display(ProgrammeProcess.PROGRAMME_NAME),
            display(ProgrammeProcess.REPORT_SUMMARY),
            choice(ProgrammeProcess.REPORT_DECISION, true, "PUBLISH", "REVISE"),
            text(REVIEW_NOTE, false, TEXT_LIMIT));

    private final ProgrammeReports reports;
    private final ReportVersions versions;
    private final MessageSource messages;

    ReviewProgrammeReportForm(ProgrammeReports reports, ReportVersions versions, MessageSource messages) {
        this.reports = reports;
        this.versions = versions;
        this.messages = messages;
    }

    @Override
    public FormSpec spec() {
        return SPEC;
    }

    @Override
    public void prefill(DelegateTask task) {
        String code = (String) task.getVariable(ProgrammeProcess.PROGRAMME_CODE);
        int version = ((Number) task.getVariable(ProgrammeProcess.REPORT_VERSION)).intValue();
        ReportVersions.Version kept = versions.version(code, version)
                .orElseThrow(() -> new IllegalStateException("no report " + code + " v" + version));
        task.setVariableLocal(ProgrammeProcess.PROGRAMME_NAME, kept.report().name() + " (" + code + ")");
        task.setVariableLocal(ProgrammeProcess.REPORT_SUMMARY, summary(kept));
    }

    /** The report in a few lines, in Indonesian (as the form). */
    String summary(ReportVersions.Version kept) {
        ProgrammeFigures f = kept.report().figures();
        List<String> lines = new ArrayList<>();
        lines.add(message("programme.summary.version", message(kept.finalReport() ? "report.version.final" : "report.version.interim",
                String.valueOf(kept.version())), DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", ID)
                .format(kept.generatedAt().atZone(ZoneId.of("Asia/Jakarta")))));
        lines.add(message("programme.summary.cases", String.valueOf(f.cases()), String.valueOf(f.closed())));
        lines.add(message("programme.summary.l1", shown("reactionMean", f.reactionMean()), shown("relevanceMean", f.relevanceMean())));
        lines.add(message("programme.summary.l2", shown("gainMean", f.gainMean())));
        lines.add(message("programme.summary.l3", shown("transferMean", f.transferMean()), shown("masteredShare", f.masteredShare())));
        lines.add(message("programme.summary.attendance", shown("attendanceRate", f.attendanceRate()),
                shown("responseRate", f.responseRate()), shown("jpCredited", f.jpCredited())));
        lines.add(message("programme.summary.budget", shown("budgetUsedShare", f.budgetUsedShare())));
        List<EvaluationReports.FindingView> findings = kept.report().findings();
        lines.add(findings.isEmpty() ? message("programme.summary.noFindings") : message("programme.summary.findings",
                findings.stream().map(x -> x.challenge().id()).collect(Collectors.joining(" "))));
        lines.add(message("programme.summary.conclusion", kept.report().conclusion().id()));
        return String.join("\n", lines);
    }

    private static String shown(String name, ProgrammeFigures.Figure figure) {
        BigDecimal value = figure.value();
        // the summary is Indonesian, as the form: a decimal comma
        return value == null ? "–" : EvaluationReports.shown(name, value).replace('.', ',');
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, ID);
    }

    @Override
    public void submit(DelegateExecution execution, FormValues values) {
        String code = (String) execution.getVariable(ProgrammeProcess.PROGRAMME_CODE);
        int version = ((Number) execution.getVariable(ProgrammeProcess.REPORT_VERSION)).intValue();
        String decision = values.text(ProgrammeProcess.REPORT_DECISION);
        reports.reviewed(code, version, CaseContext.of(execution).actor(), values.has(REVIEW_NOTE) ? values.text(REVIEW_NOTE) : null);
        execution.setVariable(ProgrammeProcess.REPORT_DECISION, decision);
    }
}
