package id.kompeten.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BehaviourTransferEvaluatorTests {

    private final BehaviourTransferEvaluator evaluator = new BehaviourTransferEvaluator(4);

    @Test
    void transferIsMeanRatingScaledAndBelowMasteryIsUnmastered() {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        ratings.put("T-ARS", 5);
        ratings.put("M-KOM", 3);
        ratings.put("M-PP", 2);
        // mean = (5 + 3 + 2) / 3 = 3.333..; (3.333 - 1) / 4 x 100 = 58.33
        var transfer = evaluator.evaluate(ratings);
        assertThat(transfer.transferScore()).isEqualByComparingTo("58.33");
        assertThat(transfer.unmasteredCompetencies()).containsExactly("M-KOM", "M-PP");
    }

    @Test
    void allAtMasteryRatingLeavesNothingUnmastered() {
        // mean 4; (4 - 1) / 4 x 100 = 75
        var transfer = evaluator.evaluate(Map.of("A", 4, "B", 4));
        assertThat(transfer.transferScore()).isEqualByComparingTo("75");
        assertThat(transfer.unmasteredCompetencies()).isEmpty();
    }

    @Test
    void refusesMissingOrOutOfRangeRatings() {
        assertThatThrownBy(() -> evaluator.evaluate(Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> evaluator.evaluate(Map.of("A", 7))).hasMessageContaining("A");
    }
}
