package id.kompeten.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The figures of an evaluation report. Every figure carries the cases behind it, so the report can link
 * each number to the cases it was computed from. Shares are 0–1; indices 0–100; a value is null when no
 * case has reached that step yet.
 */
public record ProgrammeFigures(
        int cases, int closed,
        Figure reactionMean, Map<String, Integer> reactionDistribution, Figure relevanceMean,
        Figure gainMean, Figure gainLowShare, Figure gainMediumShare, Figure gainHighShare,
        Figure transferMean, Figure masteredShare,
        Figure remedialRate, Figure remedialCompletedShare,
        Figure attendanceRate, Figure responseRate, Figure interviewsHeld,
        Figure jpCredited, BigDecimal budgetAllocated, Figure budgetUsed, Figure budgetUsedShare, Figure costPerJp) {

    /** A number and the case numbers it comes from. */
    public record Figure(BigDecimal value, List<String> cases) {
        static Figure none() {
            return new Figure(null, List.of());
        }
    }
}
