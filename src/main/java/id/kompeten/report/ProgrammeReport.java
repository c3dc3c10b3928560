package id.kompeten.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The report in the seeds' sections: goals, methodology, results (figures, L4, JP), findings (challenges and
 * strengths), conclusion, and the free-text answers it counted. A programme's, or an agency's year (no code, no
 * competencies, no goals). Kept as JSON with each version ({@code programme_report.report_json}) and answered by
 * {@code GET /api/programmes/{code}/report}: its fields are a contract. Fields added later are null in versions
 * kept before them.
 */
public record ProgrammeReport(String code, String name, String agency, int year, LocalDate evaluationDate,
                              List<ProgrammeEvidence.TargetCompetency> competencies,
                              List<ProgrammeEvidence.Session> sessions, ProgrammeFigures figures, ProgrammeEvidence.Methodology methodology,
                              List<ProgrammeEvidence.Indicator> indicators, ProgrammeEvidence.JpCompliance jpCompliance,
                              List<EvaluationReports.FindingView> findings, List<GoalResult> goals,
                              EvaluationReports.Text conclusion, List<ThemeCount> themes,
                              List<EvaluationReports.FindingView> strengths, List<AnswerRow> answers,
                              List<ProgrammeEvidence.UnitView> unitViews) {

    /**
     * A free-text answer as the report lists it: who wrote it (PARTICIPANT, SUPERVISOR, UNIT_HEAD), their unit, the case
     * (none for a unit head's),
     * which answer it is (a {@code TextAnswers.Source}), the words and the themes HR coded it with. No names.
     */
    public record AnswerRow(String role, String unit, String caseNumber, String source, String text,
                            List<String> themes) {}

    /**
     * A theme HR coded free-text answers with: its name and recommendation as configured when the report was made,
     * how many answers raise it, and a few of them quoted with their source (no names). Null in versions kept
     * before answers were coded.
     */
    public record ThemeCount(String theme, EvaluationReports.Text name, EvaluationReports.Text recommendation,
                             int answers, List<Quote> quotes) {}

    /** An answer quoted: who wrote it (PARTICIPANT or SUPERVISOR), their unit, the case, the words. */
    public record Quote(String role, String unit, String caseNumber, String text) {}

    public record GoalResult(String figure, BigDecimal atLeast, BigDecimal value, boolean reached,
                             EvaluationReports.Text description) {}
}
