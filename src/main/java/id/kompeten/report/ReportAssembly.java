package id.kompeten.report;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts an evaluation report together in its sections ({@link ProgrammeReport}): a programme's, with its goals
 * checked against the figures of its cases, or an agency's year. The programme's process asks for it to keep
 * a version; the pages and {@code /api/programmes/{code}/report} show it.
 */
@Service
@Transactional(readOnly = true)
public class ReportAssembly {

    private final JdbcTemplate jdbc;
    private final EvaluationReports reports;
    private final ProgrammeEvidence evidence;
    private final TextAnswers answers;
    private final ReportThemes themes;

    ReportAssembly(JdbcTemplate jdbc, EvaluationReports reports, ProgrammeEvidence evidence, TextAnswers answers,
                   ReportThemes themes) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.evidence = evidence;
        this.answers = answers;
        this.themes = themes;
    }

    /**
     * The themes the scope's answers were coded with, the most raised first: each with its two shortest answers of
     * some length quoted (concise, and saying something).
     */
    List<ProgrammeReport.ThemeCount> themes(List<TextAnswers.Answer> all) {
        Map<String, List<TextAnswers.Answer>> byTheme = new LinkedHashMap<>();
        for (TextAnswers.Answer a : all) {
            a.themes().forEach(theme -> byTheme.computeIfAbsent(theme, x -> new ArrayList<>()).add(a));
        }
        List<ProgrammeReport.ThemeCount> counts = new ArrayList<>();
        byTheme.forEach((code, raised) -> {
            ReportThemes.Theme theme = themes.theme(code).orElse(new ReportThemes.Theme(code, code, code, List.of(),
                    null, null));
            List<ProgrammeReport.Quote> quotes = raised.stream()
                    .sorted(Comparator.comparing((TextAnswers.Answer a) -> a.text().length() < 15)
                            .thenComparing(a -> a.text().length()))
                    .limit(2).map(a -> new ProgrammeReport.Quote(a.source().role, a.unit(), a.caseNumber(), a.text()))
                    .toList();
            counts.add(new ProgrammeReport.ThemeCount(code, new EvaluationReports.Text(theme.id(), theme.en()),
                    theme.recommendationId() == null ? null
                            : new EvaluationReports.Text(theme.recommendationId(), theme.recommendationEn()),
                    raised.size(), quotes));
        });
        counts.sort(Comparator.comparing(ProgrammeReport.ThemeCount::answers).reversed()
                .thenComparing(ProgrammeReport.ThemeCount::theme));
        return counts;
    }

    /**
     * The report with its answers and their themes as they are coded now (its figures as they were): a review's
     * coding belongs to the version reviewed, as HR's words do.
     */
    public ProgrammeReport withAnswersAsCoded(ProgrammeReport r) {
        List<TextAnswers.Answer> said = r.code() == null
                ? answers.of(ProgrammeEvidence.Scope.agency(r.agency(), r.year()), r.year())
                : answers.of(ProgrammeEvidence.Scope.programme(r.code()), r.year());
        return new ProgrammeReport(r.code(), r.name(), r.agency(), r.year(), r.evaluationDate(), r.competencies(),
                r.sessions(), r.figures(), r.methodology(), r.indicators(), r.jpCompliance(), r.findings(), r.goals(),
                r.conclusion(), themes(said), r.strengths(), answerRows(said), r.unitViews());
    }

    /** Every free-text answer of the scope, with its source and themes (no names). */
    static List<ProgrammeReport.AnswerRow> answerRows(List<TextAnswers.Answer> all) {
        return all.stream().map(a -> new ProgrammeReport.AnswerRow(a.source().role, a.unit(),
                a.caseNumber(), a.source().name(), a.text(), List.copyOf(a.themes()))).toList();
    }

    /** The programme's evaluation report; empty when it does not exist or the caller may not see it. */
    public Optional<ProgrammeReport> report(String code, Predicate<String> mayManageAgency) {
        record Row(String name, String agency, int year, LocalDate evaluationDate, BigDecimal allocated) {}
        List<Row> rows = jdbc.query("""
                select p.name, p.agency, p.programme_year, p.evaluation_date, b.allocated
                from report_programme p left join report_budget b on b.code = p.budget_code where p.code = ?""",
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getBigDecimal(5)), code);
        if (rows.isEmpty() || !mayManageAgency.test(rows.get(0).agency())) {
            return Optional.empty();
        }
        Row row = rows.get(0);
        ProgrammeEvidence.Scope scope = ProgrammeEvidence.Scope.programme(code);
        EvaluationReports.Report report = reports.programme(code, row.allocated());
        List<TextAnswers.Answer> said = answers.of(scope, row.year());
        List<ProgrammeReport.GoalResult> goals = jdbc.query("select figure, at_least, description from report_programme_goal"
                + " where programme_code = ? order by id", (rs, i) -> {
                    BigDecimal value = valueOf(report.figures(), rs.getString(1));
                    BigDecimal atLeast = rs.getBigDecimal(2);
                    return new ProgrammeReport.GoalResult(rs.getString(1), atLeast, value,
                            value != null && value.compareTo(atLeast) >= 0,
                            new EvaluationReports.Text(rs.getString(3), rs.getString(3)));
                }, code);
        long reached = goals.stream().filter(ProgrammeReport.GoalResult::reached).count();
        EvaluationReports.Text conclusion = reports.text(goals.isEmpty() ? "programme.conclusion.noGoals"
                        : reached == goals.size() ? "programme.conclusion.reached" : "programme.conclusion.notReached",
                reached, goals.size(), report.figures().cases(), report.figures().closed());
        return Optional.of(new ProgrammeReport(code, row.name(), row.agency(), row.year(),
                row.evaluationDate(), evidence.competencies(code), evidence.sessions(scope), report.figures(),
                evidence.methodology(scope, report.figures(), row.year()),
                evidence.indicators(scope), evidence.jpCompliance(scope, row.year()), report.findings(), goals, conclusion,
                themes(said), report.strengths(), answerRows(said), evidence.unitViews(scope)));
    }

    /**
     * An agency's year in the same sections as a programme's report: every case of the year, every employee's
     * JP, the L4 indicators of all its programmes of that year; its goal is the law's, 20 JP for everyone.
     */
    public ProgrammeReport agencyReport(String agency, int year) {
        ProgrammeEvidence.Scope scope = ProgrammeEvidence.Scope.agency(agency, year);
        EvaluationReports.Report report = reports.agency(agency, year);
        List<TextAnswers.Answer> said = answers.of(scope, year);
        ProgrammeEvidence.JpCompliance jp = evidence.jpCompliance(scope, year);
        // counts as numbers (the English text chooses singular or plural by them), the target as text
        EvaluationReports.Text conclusion = reports.text("report.agency.conclusion", report.figures().cases(),
                report.figures().closed(), jp.atTarget(), jp.participants(), jp.target().stripTrailingZeros().toPlainString());
        return new ProgrammeReport(null, agency, agency, year, LocalDate.of(year, 12, 31), List.of(),
                evidence.sessions(scope), report.figures(),
                evidence.methodology(scope, report.figures(), year), evidence.indicators(scope), jp, report.findings(),
                List.of(), conclusion, themes(said), report.strengths(), answerRows(said), evidence.unitViews(scope));
    }

    static BigDecimal valueOf(ProgrammeFigures figures, String figure) {
        ProgrammeFigures.Figure found = figure(figures, figure);
        return found == null ? null : found.value();
    }

    /** The figure of that name, or null if the report has none such. */
    static ProgrammeFigures.Figure figure(ProgrammeFigures figures, String figure) {
        try {
            for (RecordComponent c : ProgrammeFigures.class.getRecordComponents()) {
                if (c.getName().equals(figure) && c.getType() == ProgrammeFigures.Figure.class) {
                    return (ProgrammeFigures.Figure) c.getAccessor().invoke(figures);
                }
            }
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
