package id.kompeten.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.report.ReportRules.Code;
import id.kompeten.report.ReportRules.Finding;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A programme of four cases with every figure worked out by hand:
 * <pre>
 *   case  pre/post  g                 reaction relevance transfer targeted unmastered attended absent survey rounds outcome   JP  cost
 *   A     40/70     30/60  = 0.5      75       75        100      1        0          1        0      yes    1      COMPLETED 20  1 500 000
 *   B     50/50     0/50   = 0.0      50       50        25       1        1          1        0      yes    2      COMPLETED 40  3 000 000
 *   C     80/100    20/20  = 1.0      100      75        75       2        1          1        0      no     1      open       0  1 500 000
 *   D     (absent, waiting to be scheduled again)                                     0        1      -      1      open       0  0
 * </pre>
 */
class ProgrammeEvaluatorTests {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    final List<CaseFigures> cases = List.of(
            new CaseFigures("A", "COMPLETED", true, 1, d("75"), d("75"), d("0.5"), d("100"), 1, 0, 1, 0, 1, 1, d("20"), d("1500000")),
            new CaseFigures("B", "COMPLETED", true, 2, d("50"), d("50"), d("0.0"), d("25"), 1, 1, 1, 0, 1, 2, d("40"), d("3000000")),
            new CaseFigures("C", null, false, 1, d("100"), d("75"), d("1.0"), d("75"), 2, 1, 1, 0, 0, 1, d("0"), d("1500000")),
            new CaseFigures("D", null, false, 1, null, null, null, null, 0, 0, 0, 1, 0, 0, d("0"), d("0")));

    final ProgrammeFigures figures = new ProgrammeEvaluator().evaluate(cases, d("10000000"));

    @Test
    void learningGainIsTheMeanOfTheIndividualGains() {
        // (0.5 + 0.0 + 1.0) / 3 = 0.5; one each low (< 0.3), medium, high (> 0.7)
        assertThat(figures.gainMean().value()).isEqualByComparingTo("0.5");
        assertThat(figures.gainMean().cases()).containsExactly("A", "B", "C");
        assertThat(figures.gainLowShare().value()).isEqualByComparingTo("0.3333");
        assertThat(figures.gainLowShare().cases()).containsExactly("B");
        assertThat(figures.gainMediumShare().cases()).containsExactly("A");
        assertThat(figures.gainHighShare().cases()).containsExactly("C");
    }

    @Test
    void reactionIsTheMeanIndexWithItsDistributionAndRelevanceOnItsOwn() {
        // (75 + 50 + 100) / 3 = 75; relevance (75 + 50 + 75) / 3 = 66.7
        assertThat(figures.reactionMean().value()).isEqualByComparingTo("75.0");
        assertThat(figures.reactionDistribution()).isEqualTo(Map.of("0-49", 0, "50-69", 1, "70-84", 1, "85-100", 1));
        assertThat(figures.relevanceMean().value()).isEqualByComparingTo("66.7");
    }

    @Test
    void transferIsTheMeanScoreAndTheShareOfTargetedCompetenciesMastered() {
        // (100 + 25 + 75) / 3 = 66.7; mastered (1 + 0 + 1) of targeted (1 + 1 + 2) = 2 / 4 = 0.5
        assertThat(figures.transferMean().value()).isEqualByComparingTo("66.7");
        assertThat(figures.masteredShare().value()).isEqualByComparingTo("0.5");
    }

    @Test
    void remedialAttendanceResponseJpAndBudget() {
        // B of the three interviewed went to a second round (1/3) and completed it (1/1)
        assertThat(figures.remedialRate().value()).isEqualByComparingTo("0.3333");
        assertThat(figures.remedialRate().cases()).containsExactly("B");
        assertThat(figures.remedialCompletedShare().value()).isEqualByComparingTo("1");
        // 3 attended of 4 enrolments; 2 surveys returned of 3 asked for
        assertThat(figures.attendanceRate().value()).isEqualByComparingTo("0.75");
        assertThat(figures.responseRate().value()).isEqualByComparingTo("0.6667");
        assertThat(figures.interviewsHeld().value()).isEqualByComparingTo("4");
        // 20 + 40 JP; 6 000 000 of 10 000 000 used = 0.6; 6 000 000 / 60 JP = 100 000 per JP
        assertThat(figures.jpCredited().value()).isEqualByComparingTo("60");
        assertThat(figures.budgetUsed().value()).isEqualByComparingTo("6000000");
        assertThat(figures.budgetUsedShare().value()).isEqualByComparingTo("0.6");
        assertThat(figures.costPerJp().value()).isEqualByComparingTo("100000");
        assertThat(figures.cases()).isEqualTo(4);
        assertThat(figures.closed()).isEqualTo(2);
    }

    @Test
    void rulesNameTheFigureThatTriggeredEachChallenge() {
        ReportRules rules = new ReportRules(new ReportRules.Thresholds(d("0.2"), d("70"), d("0.7"), d("0.3"), d("0.5"),
                d("0.95")), STRENGTHS);
        List<Finding> findings = rules.findings(figures, List.of("D"));
        // absence 1 - 0.75 = 0.25 > 0.2; relevance 66.7 < 70; response 0.6667 < 0.7; gain 0.5 and mastery 0.5
        // are not below their thresholds; 0.6 of the budget used is not exhausted
        assertThat(findings).extracting(Finding::code)
                .containsExactly(Code.HIGH_ABSENCE, Code.LOW_RELEVANCE, Code.LOW_RESPONSE);
        assertThat(findings.get(0).figure()).isEqualTo("absenceRate");
        assertThat(findings.get(0).value()).isEqualByComparingTo("0.25");
        assertThat(findings.get(2).value()).isEqualByComparingTo("0.6667");
    }

    private static final ReportRules.Strengths STRENGTHS = new ReportRules.Strengths(d("0.95"), d("85"), d("85"),
            d("0.9"), d("0.5"), d("0.8"));

    @Test
    void figuresWellAboveTargetAreStrengths() {
        ReportRules rules = new ReportRules(new ReportRules.Thresholds(d("0.2"), d("70"), d("0.7"), d("0.3"), d("0.5"),
                d("0.95")), STRENGTHS);
        // gain 0.5 reaches 0.5; attendance 0.75 < 0.95, reaction 75 < 85, relevance 66.7 < 85, response 0.6667 < 0.9,
        // mastery 0.5 < 0.8
        List<Finding> strengths = rules.strengths(figures);
        assertThat(strengths).extracting(Finding::code).containsExactly(Code.STRONG_GAIN);
        assertThat(strengths.get(0).figure()).isEqualTo("gainMean");
        assertThat(strengths.get(0).cases()).containsExactly("A", "B", "C");
        ReportRules lower = new ReportRules(new ReportRules.Thresholds(d("0.2"), d("70"), d("0.7"), d("0.3"), d("0.5"), d("0.95")), new ReportRules.Strengths(d("0.75"), d("75"),
                d("66.7"), d("0.6667"), d("0.51"), d("0.5")));
        assertThat(lower.strengths(figures)).extracting(Finding::code).containsExactly(Code.STRONG_ATTENDANCE,
                Code.STRONG_REACTION, Code.STRONG_RELEVANCE, Code.STRONG_RESPONSE, Code.STRONG_MASTERY);
    }

    @Test
    void budgetSpentWhileEmployeesStillWaitIsAChallenge() {
        ProgrammeFigures spent = new ProgrammeEvaluator().evaluate(cases, d("6000000"));
        ReportRules rules = new ReportRules(new ReportRules.Thresholds(d("0.5"), d("0"), d("0"), d("0"), d("0"),
                d("0.95")), STRENGTHS);
        assertThat(rules.findings(spent, List.of("D"))).extracting(Finding::code).containsExactly(Code.BUDGET_EXHAUSTED);
        assertThat(rules.findings(spent, List.of())).isEmpty();
    }

    @Test
    void anEmptyProgrammeHasNoFiguresYet() {
        ProgrammeFigures empty = new ProgrammeEvaluator().evaluate(List.of(), d("1000"));
        assertThat(empty.gainMean().value()).isNull();
        assertThat(empty.attendanceRate().value()).isNull();
        assertThat(empty.costPerJp().value()).isNull();
        assertThat(empty.budgetUsedShare().value()).isEqualByComparingTo("0");
    }
}
