package id.kompeten.programme;

import static id.kompeten.forms.FieldRule.TEXT_LIMIT;
import static id.kompeten.forms.FieldRule.choice;
import static id.kompeten.forms.FieldRule.choices;
import static id.kompeten.forms.FieldRule.display;
import static id.kompeten.forms.FieldRule.optionalList;
import static id.kompeten.forms.FieldRule.text;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.FormSpec;
import id.kompeten.forms.FormValues;
import id.kompeten.forms.JsonVariables;
import id.kompeten.forms.TaskForm;
import id.kompeten.process.CaseContext;
import id.kompeten.process.ProgrammeProcess;
import id.kompeten.report.EvaluationReports;
import id.kompeten.report.ProgrammeFigures;
import id.kompeten.report.ReportThemes;
import id.kompeten.report.ReportVersions;
import id.kompeten.report.TextAnswers;
import id.kompeten.security.CaseAccess;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** HR review the generated report (the summary here, the whole report on its page) and publish it or revise it. */
@Component
class ReviewProgrammeReportForm implements TaskForm {

    static final String REVIEW_NOTE = "reviewNote";
    /** The free-text answers of the programme's cases, each to code with themes. */
    static final String ANSWERS = "answers";
    static final String ANSWER_REF = "answerRef";
    static final String ANSWER_TEXT = "answerText";
    static final String THEMES = "themes";
    /** The themes a row may choose from (the checklist's options, from configuration). */
    static final String THEME_OPTIONS = "themeOptions";
    private static final Locale ID = Locale.forLanguageTag("id");

    private final FormSpec spec;
    private final ProgrammeReports reports;
    private final ReportVersions versions;
    private final MessageSource messages;
    private final TextAnswers answers;
    private final ReportThemes themes;
    private final AnswerThemes coding;
    private final CaseAccess access;

    ReviewProgrammeReportForm(ProgrammeReports reports, ReportVersions versions, MessageSource messages,
                              TextAnswers answers, ReportThemes themes, AnswerThemes coding, CaseAccess access) {
        this.access = access;
        this.reports = reports;
        this.versions = versions;
        this.messages = messages;
        this.answers = answers;
        this.themes = themes;
        this.coding = coding;
        this.spec = FormSpec.of("review-programme-report",
                display(ProgrammeProcess.PROGRAMME_NAME),
                display(ProgrammeProcess.REPORT_SUMMARY),
                optionalList(ANSWERS, text(ANSWER_REF, true, 300), display(ANSWER_TEXT), choices(THEMES, themes.codes())),
                choice(ProgrammeProcess.REPORT_DECISION, true, "PUBLISH", "REVISE"),
                text(REVIEW_NOTE, false, TEXT_LIMIT));
    }

    @Override
    public FormSpec spec() {
        return spec;
    }

    /** How an answer is named on the form: who wrote it, their unit, the case, which answer (no name). */
    String ref(TextAnswers.Answer a) {
        return message("answer.role." + a.source().role) + " · " + (a.unit() == null ? message("answer.noUnit") : a.unit())
                + " · " + a.caseNumber() + " · " + message("answer.source." + a.source().name()) + " · #" + a.id();
    }

    /** Each answer with the themes HR coded it with, or else those its words suggest (HR confirm or change them). */
    private void prefillAnswers(DelegateTask task, String code) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TextAnswers.Answer a : answers.ofProgramme(code)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(ANSWER_REF, ref(a));
            row.put(ANSWER_TEXT, a.text());
            row.put(THEMES, a.themes().isEmpty() ? themes.suggest(a.text()) : a.themes());
            rows.add(row);
        }
        task.setVariableLocal(ANSWERS, JsonVariables.json(rows));
        task.setVariableLocal(THEME_OPTIONS, JsonVariables.json(themes.themes().stream()
                .map(t -> Map.of("label", t.id() + " · " + t.en(), "value", t.code())).toList()));
    }

    /**
     * HR of the programme's agency only (the review is a queue task offered to all HR staff); each row names an answer
     * of this programme's cases.
     */
    @Override
    public List<FieldError> check(DelegateExecution execution, FormValues values) {
        String code = (String) execution.getVariable(ProgrammeProcess.PROGRAMME_CODE);
        int version = ((Number) execution.getVariable(ProgrammeProcess.REPORT_VERSION)).intValue();
        String agency = versions.version(code, version).map(v -> v.report().agency()).orElse(null);
        if (agency == null || !access.engineUserManagesAgency(agency)) {
            return List.of(new FieldError(ProgrammeProcess.REPORT_DECISION, "jp.agency.forbidden", agency));
        }
        Map<String, TextAnswers.Answer> known = known(code);
        List<FieldError> errors = new ArrayList<>();
        List<FormValues> rows = values.rows(ANSWERS);
        for (int i = 0; i < rows.size(); i++) {
            if (!known.containsKey(rows.get(i).text(ANSWER_REF))) {
                errors.add(new FieldError(ANSWERS + "[" + i + "]." + ANSWER_REF, "programme.answer.unknown"));
            }
        }
        return errors;
    }

    private Map<String, TextAnswers.Answer> known(String code) {
        Map<String, TextAnswers.Answer> known = new LinkedHashMap<>();
        answers.ofProgramme(code).forEach(a -> known.put(ref(a), a));
        return known;
    }

    @Override
    public void prefill(DelegateTask task) {
        String code = (String) task.getVariable(ProgrammeProcess.PROGRAMME_CODE);
        int version = ((Number) task.getVariable(ProgrammeProcess.REPORT_VERSION)).intValue();
        ReportVersions.Version kept = versions.version(code, version)
                .orElseThrow(() -> new IllegalStateException("no report " + code + " v" + version));
        task.setVariableLocal(ProgrammeProcess.PROGRAMME_NAME, kept.report().name() + " (" + code + ")");
        task.setVariableLocal(ProgrammeProcess.REPORT_SUMMARY, summary(kept));
        prefillAnswers(task, code);
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
        String actor = CaseContext.of(execution).actor();
        Map<String, TextAnswers.Answer> known = known(code);
        for (FormValues row : values.rows(ANSWERS)) {
            coding.code(known.get(row.text(ANSWER_REF)), row.choices(THEMES), actor);
        }
        reports.reviewed(code, version, CaseContext.of(execution).actor(), values.has(REVIEW_NOTE) ? values.text(REVIEW_NOTE) : null);
        execution.setVariable(ProgrammeProcess.REPORT_DECISION, decision);
    }
}
