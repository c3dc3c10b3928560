package id.kompeten.report;

import id.kompeten.language.ReaderLanguage;
import id.kompeten.report.ReportRules.Finding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Evaluation reports of an agency's year or of a programme: the figures and the findings with their texts. */
@Service
public class EvaluationReports {

    private final ReportData data;
    private final ReportRules rules;
    private final MessageSource messages;

    EvaluationReports(ReportData data, ReportSettings r, MessageSource messages) {
        this.data = data;
        this.rules = new ReportRules(new ReportRules.Thresholds(r.absenceRateAbove(), r.relevanceBelow(),
                r.responseRateBelow(), r.gainBelow(), r.masteredShareBelow(), r.budgetUsedAtLeast()),
                new ReportRules.Strengths(r.strengthAttendanceRateAtLeast(), r.strengthReactionAtLeast(),
                        r.strengthRelevanceAtLeast(), r.strengthResponseRateAtLeast(), r.strengthGainAtLeast(),
                        r.strengthMasteredShareAtLeast()));
        this.messages = messages;
    }

    public record Text(String id, String en) {}

    public record FindingView(String code, String figure, BigDecimal value, BigDecimal threshold, List<String> cases,
                              Text challenge, Text recommendation) {}

    /** The figures, the challenges they show and their strengths (figures well above target). */
    public record Report(ProgrammeFigures figures, List<FindingView> findings, List<FindingView> strengths) {}

    /** The programme's cases as the report reads them, one row each. */
    public List<CaseFigures> programmeCases(String programmeCode) {
        return data.programme(programmeCode);
    }

    /** The rows behind a programme's figures, one per case, as CSV (the report's "download the data"). */
    public String programmeCsv(String programmeCode, ReportCsv format) {
        return format.write(data.programme(programmeCode));
    }

    /** The rows behind an agency's year, one per case, as CSV. */
    public String agencyCsv(String agency, int year, ReportCsv format) {
        return format.write(data.agency(agency, year));
    }

    /** The CSV as asked: {@code format=data} for programs, else a spreadsheet in the language ({@code en}, else id). */
    public ReportCsv csvFormat(String format, String lang) {
        return ReportCsv.of(format, ReaderLanguage.of(lang), messages);
    }

    /** The cases of an agency's year as the report reads them, one row each. */
    public List<CaseFigures> agencyCases(String agency, int year) {
        return data.agency(agency, year);
    }

    public Report agency(String agency, int year) {
        return report(data.agency(agency, year), data.budgetAllocated(agency, year));
    }

    public Report programme(String programmeCode, BigDecimal budgetAllocated) {
        return report(data.programme(programmeCode), budgetAllocated);
    }

    private Report report(List<CaseFigures> cases, BigDecimal allocated) {
        ProgrammeFigures figures = new ProgrammeEvaluator().evaluate(cases, allocated);
        List<String> awaiting = cases.stream().filter(c -> !c.closed() && c.attended() == 0 && c.targetedCompetencies() > 0)
                .map(CaseFigures::caseNumber).toList();
        return new Report(figures, rules.findings(figures, awaiting).stream().map(this::view).toList(),
                rules.strengths(figures).stream().map(this::view).toList());
    }

    private FindingView view(Finding f) {
        Object[] en = {shown(f.figure(), f.value()), shown(f.figure(), f.threshold())};
        // Indonesian writes a decimal comma: "0,25", not "0.25"
        Object[] id = {shown(f.figure(), f.value()).replace('.', ','), shown(f.figure(), f.threshold()).replace('.', ',')};
        String key = "report.finding." + f.code().name();
        return new FindingView(f.code().name(), f.figure(), f.value(), f.threshold(), f.cases(),
                text(key + ".challenge", id, en), text(key + ".recommendation", id, en));
    }

    private Text text(String key, Object[] id, Object[] en) {
        return new Text(messages.getMessage(key, id, Locale.forLanguageTag("id")), messages.getMessage(key, en, Locale.ENGLISH));
    }

    public Text text(String key, Object... args) {
        return new Text(messages.getMessage(key, args, Locale.forLanguageTag("id")),
                messages.getMessage(key, args, Locale.ENGLISH));
    }

    /** Shares as percentages, other figures as they are; as text, so MessageFormat adds no separators. */
    public static String shown(String figure, BigDecimal value) {
        boolean share = figure.endsWith("Rate") || figure.endsWith("Share");
        BigDecimal shown = share ? value.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) : value;
        return shown.stripTrailingZeros().toPlainString() + (share ? "%" : "");
    }
}
