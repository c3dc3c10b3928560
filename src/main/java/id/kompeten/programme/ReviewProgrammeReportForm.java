package id.kompeten.programme;

import static id.kompeten.forms.FieldRule.TEXT_LIMIT;
import static id.kompeten.forms.FieldRule.choice;
import static id.kompeten.forms.FieldRule.choices;
import static id.kompeten.forms.FieldRule.display;
import static id.kompeten.forms.FieldRule.optionalList;
import static id.kompeten.forms.FieldRule.text;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.FieldRule;
import id.kompeten.forms.FormSpec;
import id.kompeten.forms.FormValues;
import id.kompeten.forms.JsonVariables;
import id.kompeten.forms.TaskForm;
import id.kompeten.process.CaseContext;
import id.kompeten.process.ProgrammeProcess;
import id.kompeten.report.EvaluationReports;
import id.kompeten.report.ProgrammeFigures;
import id.kompeten.report.ReportAssembly;
import id.kompeten.report.ReportProse;
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
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** HR review the generated report (the summary here, the whole report on its page) and publish it or revise it. */
@Component
class ReviewProgrammeReportForm implements TaskForm {

    static final String REVIEW_NOTE = "reviewNote";
    /** The free-text answers of the programme's cases, each to code with themes. */
    static final String ANSWERS = "answers";
    static final String ANSWER_REF = AnswerRefs.ANSWER_REF;
    static final String ANSWER_TEXT = AnswerRefs.ANSWER_TEXT;
    static final String THEMES = AnswerRefs.THEMES;
    /** The themes a row may choose from (the checklist's options, from configuration). */
    static final String THEME_OPTIONS = "themeOptions";
    /** HR's own findings: each a challenge or a strength, its recommendation and the figure or theme it rests on. */
    static final String OWN_FINDINGS = "ownFindings";
    static final String FINDING_KIND = "findingKind";
    static final String FINDING_TEXT = "findingText";
    static final String FINDING_RECOMMENDATION = "findingRecommendation";
    static final String FINDING_EVIDENCE = "findingEvidence";
    /** What a finding may rest on (the select's options, with the report's values). */
    static final String EVIDENCE_OPTIONS = "evidenceOptions";
    static final String THEME_EVIDENCE = "theme:";
    /** A section's text is the field {@code section} + its id with a capital ("sectionHasil"). */
    static final String SECTION = "section";
    static final int SECTION_LIMIT = 4000;
    static final int FINDING_LIMIT = 1000;
    private static final Locale ID = Locale.forLanguageTag("id");

    private final FormSpec spec;
    private final ProgrammeReports reports;
    private final ReportVersions versions;
    private final MessageSource messages;
    private final TextAnswers answers;
    private final ReportThemes themes;
    private final AnswerThemes coding;
    private final CaseAccess access;
    private final ReportProse prose;
    private final ReportTexts texts;
    private final AnswerRefs refs;
    private final ReportAssembly assembly;

    ReviewProgrammeReportForm(ProgrammeReports reports, ReportVersions versions, MessageSource messages,
                              TextAnswers answers, ReportThemes themes, AnswerThemes coding, CaseAccess access,
                              ReportProse prose, ReportTexts texts, AnswerRefs refs, ReportAssembly assembly) {
        this.assembly = assembly;
        this.refs = refs;
        this.access = access;
        this.prose = prose;
        this.texts = texts;
        this.reports = reports;
        this.versions = versions;
        this.messages = messages;
        this.answers = answers;
        this.themes = themes;
        this.coding = coding;
        List<String> evidence = new ArrayList<>(ReportProse.figureNames());
        themes.codes().forEach(code -> evidence.add(THEME_EVIDENCE + code));
        List<FieldRule> rules = new ArrayList<>(List.of(display(ProgrammeProcess.PROGRAMME_NAME),
                display(ProgrammeProcess.REPORT_SUMMARY),
                optionalList(ANSWERS, text(ANSWER_REF, true, 300), display(ANSWER_TEXT), choices(THEMES, themes.codes()))));
        ReportProse.SECTIONS.forEach(section -> rules.add(text(sectionKey(section), false, SECTION_LIMIT)));
        rules.add(optionalList(OWN_FINDINGS, choice(FINDING_KIND, true, "CHALLENGE", "STRENGTH"),
                text(FINDING_TEXT, true, FINDING_LIMIT), text(FINDING_RECOMMENDATION, false, FINDING_LIMIT),
                choice(FINDING_EVIDENCE, true, evidence.toArray(String[]::new))));
        rules.add(choice(ProgrammeProcess.REPORT_DECISION, true, "PUBLISH", "REVISE"));
        rules.add(text(REVIEW_NOTE, false, TEXT_LIMIT));
        this.spec = FormSpec.of("review-programme-report", rules.toArray(FieldRule[]::new));
    }

    static String sectionKey(String section) {
        return SECTION + Character.toUpperCase(section.charAt(0)) + section.substring(1);
    }

    /**
     * Each section's text to edit: as HR wrote it in the version reviewed before, else as generated; HR's findings of
     * that version; what a finding may rest on, with this version's values.
     */
    private void showWords(VariableMap shown, String code, ReportVersions.Version kept) {
        Optional<ReportVersions.Version> before = versions.reviewedBefore(code, kept.version());
        prose.indonesian(kept.report()).forEach((section, generated) -> shown.putValue(sectionKey(section),
                before.stream().flatMap(v -> v.texts().stream()).filter(w -> w.section().equals(section))
                        .map(ReportVersions.Written::body).findFirst().orElse(generated)));
        List<Map<String, Object>> rows = new ArrayList<>();
        before.ifPresent(v -> v.findings().forEach(f -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(FINDING_KIND, f.kind());
            row.put(FINDING_TEXT, f.finding());
            row.put(FINDING_RECOMMENDATION, f.recommendation() == null ? "" : f.recommendation());
            row.put(FINDING_EVIDENCE, f.evidence());
            rows.add(row);
        }));
        shown.putValueTyped(OWN_FINDINGS, JsonVariables.json(rows));
        List<Map<String, Object>> options = new ArrayList<>();
        for (String figure : ReportProse.figureNames()) {
            BigDecimal value = ReportProse.value(kept.report().figures(), figure);
            options.add(Map.of("label", message("figure." + figure) + ": " + (value == null ? "–"
                    : EvaluationReports.shown(figure, value).replace('.', ',')), "value", figure));
        }
        Map<String, Integer> raised = new LinkedHashMap<>();
        if (kept.report().themes() != null) {
            kept.report().themes().forEach(t -> raised.put(t.theme(), t.answers()));
        }
        themes.themes().forEach(t -> options.add(Map.of("label", message("programme.evidence.theme", t.id(),
                String.valueOf(raised.getOrDefault(t.code(), 0))), "value", THEME_EVIDENCE + t.code())));
        shown.putValueTyped(EVIDENCE_OPTIONS, JsonVariables.json(options));
    }

    @Override
    public FormSpec spec() {
        return spec;
    }

    /** Each answer with the themes HR coded it with, or else those its words suggest (HR confirm or change them). */
    private void showAnswers(VariableMap shown, String code) {
        shown.putValueTyped(ANSWERS, JsonVariables.json(refs.rows(code, answers.ofProgramme(code))));
        shown.putValueTyped(THEME_OPTIONS, JsonVariables.json(refs.themeOptions()));
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
        return refs.byRef(code, answers.ofProgramme(code));
    }

    @Override
    public void show(DelegateTask task, VariableMap shown) {
        String code = (String) task.getVariable(ProgrammeProcess.PROGRAMME_CODE);
        int version = ((Number) task.getVariable(ProgrammeProcess.REPORT_VERSION)).intValue();
        ReportVersions.Version kept = versions.version(code, version)
                .orElseThrow(() -> new IllegalStateException("no report " + code + " v" + version));
        shown.putValue(ProgrammeProcess.PROGRAMME_NAME, kept.report().name() + " (" + code + ")");
        shown.putValue(ProgrammeProcess.REPORT_SUMMARY, summary(kept));
        showAnswers(shown, code);
        showWords(shown, code, kept);
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
        List<EvaluationReports.FindingView> strengths = kept.report().strengths() == null ? List.of() : kept.report().strengths();
        if (!strengths.isEmpty()) {
            lines.add(message("programme.summary.strengths", strengths.stream().map(x -> x.challenge().id())
                    .collect(Collectors.joining(" "))));
        }
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
        ReportVersions.Version kept = versions.version(code, version)
                .orElseThrow(() -> new IllegalStateException("no report " + code + " v" + version));
        Map<String, String> entered = new LinkedHashMap<>();
        ReportProse.SECTIONS.forEach(section -> entered.put(section,
                values.has(sectionKey(section)) ? values.text(sectionKey(section)) : null));
        List<ReportTexts.Entered> findings = values.rows(OWN_FINDINGS).stream().map(row -> new ReportTexts.Entered(
                row.text(FINDING_KIND), row.text(FINDING_TEXT),
                row.has(FINDING_RECOMMENDATION) ? row.text(FINDING_RECOMMENDATION) : null, row.text(FINDING_EVIDENCE)))
                .toList();
        texts.keep(code, version, entered, prose.indonesian(kept.report()), findings,
                versions.reviewedBefore(code, version), actor);
        // the themes just coded are this version's: the published report counts and quotes them
        reports.revised(version, assembly.withAnswersAsCoded(kept.report()));
        reports.reviewed(code, version, actor, values.has(REVIEW_NOTE) ? values.text(REVIEW_NOTE) : null);
        execution.setVariable(ProgrammeProcess.REPORT_DECISION, decision);
    }
}
