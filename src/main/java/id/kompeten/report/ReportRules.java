package id.kompeten.report;

import id.kompeten.report.ProgrammeFigures.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Tantangan and Rekomendasi, derived by explicit rules from the figures (thresholds from configuration,
 * {@code kompeten.report.*}): the challenges, and the strengths (figures well above target, to keep doing what
 * worked). Each finding names the figure that triggered it, its value and the threshold; its texts are
 * {@code report.finding.<CODE>.challenge} and {@code .recommendation} in messages*.properties.
 */
class ReportRules {

    /** When a figure becomes a challenge. */
    public record Thresholds(BigDecimal absenceRateAbove, BigDecimal relevanceBelow, BigDecimal responseRateBelow,
                             BigDecimal gainBelow, BigDecimal masteredShareBelow, BigDecimal budgetUsedAtLeast) {}

    /** When a figure is a strength: at least this (well above the challenge's threshold). */
    public record Strengths(BigDecimal attendanceRateAtLeast, BigDecimal reactionAtLeast, BigDecimal relevanceAtLeast,
                            BigDecimal responseRateAtLeast, BigDecimal gainAtLeast, BigDecimal masteredShareAtLeast) {}

    public enum Code {
        /** Many absent: flexible or online scheduling. */
        HIGH_ABSENCE,
        /** Training judged not relevant: needs-based curricula. */
        LOW_RELEVANCE,
        /** Few post-training surveys returned: shorter surveys, reminders. */
        LOW_RESPONSE,
        /** Little learned: methods and pre-tests. */
        LOW_GAIN,
        /** Competencies not applied on the job: mentoring, follow-up. */
        LOW_MASTERY,
        /** Budget spent while employees still wait for training: more budget or cheaper modes. */
        BUDGET_EXHAUSTED,
        /** Nearly everyone attended: keep the schedule and mode. */
        STRONG_ATTENDANCE,
        /** Participants valued the training: keep its trainers and format. */
        STRONG_REACTION,
        /** Training judged very relevant: keep building curricula on the needs analysis. */
        STRONG_RELEVANCE,
        /** Nearly every survey returned: keep the way surveys are sent. */
        STRONG_RESPONSE,
        /** Much learned: share the methods with other programmes. */
        STRONG_GAIN,
        /** Most competencies applied on the job: keep the supervisors' follow-up. */
        STRONG_MASTERY
    }

    public record Finding(Code code, String figure, BigDecimal value, BigDecimal threshold, List<String> cases) {}

    private final Thresholds thresholds;
    private final Strengths strengths;

    public ReportRules(Thresholds thresholds, Strengths strengths) {
        this.thresholds = thresholds;
        this.strengths = strengths;
    }

    /** The figures well above target, each with the threshold it passed. */
    public List<Finding> strengths(ProgrammeFigures figures) {
        List<Finding> found = new ArrayList<>();
        atLeast(found, Code.STRONG_ATTENDANCE, "attendanceRate", figures.attendanceRate(), strengths.attendanceRateAtLeast());
        atLeast(found, Code.STRONG_REACTION, "reactionMean", figures.reactionMean(), strengths.reactionAtLeast());
        atLeast(found, Code.STRONG_RELEVANCE, "relevanceMean", figures.relevanceMean(), strengths.relevanceAtLeast());
        atLeast(found, Code.STRONG_RESPONSE, "responseRate", figures.responseRate(), strengths.responseRateAtLeast());
        atLeast(found, Code.STRONG_GAIN, "gainMean", figures.gainMean(), strengths.gainAtLeast());
        atLeast(found, Code.STRONG_MASTERY, "masteredShare", figures.masteredShare(), strengths.masteredShareAtLeast());
        return found;
    }

    private static void atLeast(List<Finding> found, Code code, String name, Figure figure, BigDecimal threshold) {
        if (figure.value() != null && figure.value().compareTo(threshold) >= 0) {
            found.add(new Finding(code, name, figure.value(), threshold, figure.cases()));
        }
    }

    /** @param casesAwaitingTraining cases whose training need is not yet met (open, nothing attended) */
    public List<Finding> findings(ProgrammeFigures figures, List<String> casesAwaitingTraining) {
        List<Finding> findings = new ArrayList<>();
        Figure attendance = figures.attendanceRate();
        if (attendance.value() != null) {
            BigDecimal absence = BigDecimal.ONE.subtract(attendance.value());
            if (absence.compareTo(thresholds.absenceRateAbove()) > 0) {
                findings.add(new Finding(Code.HIGH_ABSENCE, "absenceRate", absence, thresholds.absenceRateAbove(),
                        attendance.cases()));
            }
        }
        below(findings, Code.LOW_RELEVANCE, "relevanceMean", figures.relevanceMean(), thresholds.relevanceBelow());
        below(findings, Code.LOW_RESPONSE, "responseRate", figures.responseRate(), thresholds.responseRateBelow());
        below(findings, Code.LOW_GAIN, "gainMean", figures.gainMean(), thresholds.gainBelow());
        below(findings, Code.LOW_MASTERY, "masteredShare", figures.masteredShare(), thresholds.masteredShareBelow());
        Figure used = figures.budgetUsedShare();
        if (used.value() != null && used.value().compareTo(thresholds.budgetUsedAtLeast()) >= 0
                && !casesAwaitingTraining.isEmpty()) {
            findings.add(new Finding(Code.BUDGET_EXHAUSTED, "budgetUsedShare", used.value(),
                    thresholds.budgetUsedAtLeast(), casesAwaitingTraining));
        }
        return findings;
    }

    private static void below(List<Finding> findings, Code code, String name, Figure figure, BigDecimal threshold) {
        if (figure.value() != null && figure.value().compareTo(threshold) < 0) {
            findings.add(new Finding(code, name, figure.value(), threshold, figure.cases()));
        }
    }
}
