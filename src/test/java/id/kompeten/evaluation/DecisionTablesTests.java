package id.kompeten.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both DMN tables row by row, on the DMN engine alone: each case names the rule it must hit. */
class DecisionTablesTests {

    static DmnEngine dmn;
    static final List<String> matched = new ArrayList<>();
    static DmnDecision priority;
    static DmnDecision followUp;

    @BeforeAll
    static void parseTables() throws IOException {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> {
            matched.clear();
            event.getMatchingRules().forEach(rule -> matched.add(rule.getId()));
        }));
        dmn = configuration.buildEngine();
        try (InputStream in = new FileInputStream("processes/TrainingNeedPriority.dmn")) {
            priority = dmn.parseDecision("trainingNeedPriority", in);
        }
        try (InputStream in = new FileInputStream("processes/FollowUpDecision.dmn")) {
            followUp = dmn.parseDecision("followUpDecision", in);
        }
    }

    @ParameterizedTest(name = "gap {0} {1} -> {2} ({4})")
    @CsvSource({
            "-2.0, TEKNIS,          NONE,   0, Rule_NoGap",
            "0.0,  MANAJERIAL,      NONE,   0, Rule_NoGap",
            "2.0,  TEKNIS,          HIGH,   1, Rule_LargeGapCore",
            "3.5,  MANAJERIAL,      HIGH,   1, Rule_LargeGapCore",
            "2.0,  SOSIAL_KULTURAL, MEDIUM, 2, Rule_LargeGapSocial",
            "1.0,  TEKNIS,          HIGH,   1, Rule_MediumGapTechnical",
            "1.4,  MANAJERIAL,      MEDIUM, 2, Rule_MediumGapManagerial",
            "1.99, SOSIAL_KULTURAL, LOW,    3, Rule_MediumGapSocial",
            "0.3,  TEKNIS,          LOW,    3, Rule_SmallGap",
            "0.99, SOSIAL_KULTURAL, LOW,    3, Rule_SmallGap"})
    void ranksEveryGapByItsRow(double gap, String type, String expectedPriority, int rank, String rule) {
        DmnDecisionResultEntries result = dmn.evaluateDecision(priority,
                Map.of("gap", gap, "competencyType", type)).getSingleResult();
        assertThat((String) result.getEntry("priority")).isEqualTo(expectedPriority);
        assertThat(((Number) result.getEntry("priorityRank")).intValue()).isEqualTo(rank);
        assertThat(matched).containsExactly(rule);
    }

    @ParameterizedTest(name = "unmastered {0}, round {1}/{2}, gain {3}, reaction {4}, transfer {5} -> {6} ({7})")
    @CsvSource({
            "0, 1, 2, 0.5,  75, 100, COMPLETE, Rule_AllMastered",
            "0, 3, 2, 0.0,  10,  10, COMPLETE, Rule_AllMastered",
            "1, 2, 2, 0.9,  90,  60, ESCALATE, Rule_RoundLimitReached",
            "2, 1, 2, 0.1,  30,  50, ESCALATE, Rule_TrainingDidNotWork",
            "1, 1, 2, 0.2,  60,  20, ESCALATE, Rule_NoTransfer",
            "1, 1, 2, 0.5,  75,  50, REMEDIAL, Rule_Remedial",
            "1, 1, 2, 0.2,  60,  40, REMEDIAL, Rule_Remedial",
            "3, 1, 3, 0.29, 39,  25, ESCALATE, Rule_TrainingDidNotWork"})
    void decidesFollowUpByTheFirstMatchingRow(int unmastered, int round, int maxRounds, double gain, double reaction,
                                              double transfer, String expected, String rule) {
        DmnDecisionResultEntries result = dmn.evaluateDecision(followUp, Map.of("unmasteredCompetencies", unmastered,
                "round", round, "maxRounds", maxRounds, "learningGain", gain, "reactionIndex", reaction,
                "transferScore", transfer)).getSingleResult();
        assertThat((String) result.getEntry("followUp")).isEqualTo(expected);
        assertThat((String) result.getEntry("reason")).isNotBlank();
        assertThat(matched).first().isEqualTo(rule);
    }
}
