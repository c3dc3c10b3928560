package id.kompeten.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kompeten.evaluation.TrainingNeedsEvaluator.Gap;
import id.kompeten.evaluation.TrainingNeedsEvaluator.Input;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingNeedsEvaluatorTests {

    private final TrainingNeedsEvaluator evaluator = new TrainingNeedsEvaluator(0.7, 0.3);

    @Test
    void blendsSupervisorAndSelfRatingWhenBothGiven() {
        // current = 0.7 x 2 + 0.3 x 4 = 1.4 + 1.2 = 2.6; gap = 4 - 2.6 = 1.4
        Gap gap = evaluator.gapOf(new Input("T-ARS", "TEKNIS", 4, 4, 2));
        assertThat(gap.currentLevel()).isEqualByComparingTo("2.60");
        assertThat(gap.gap()).isEqualByComparingTo("1.40");
    }

    @Test
    void usesSelfRatingAloneWithoutSupervisorRating() {
        // current = 3; gap = 3 - 3 = 0
        Gap gap = evaluator.gapOf(new Input("M-KOM", "MANAJERIAL", 3, 3, null));
        assertThat(gap.currentLevel()).isEqualByComparingTo("3");
        assertThat(gap.gap()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void negativeGapWhenAboveRequiredLevel() {
        // current = 0.7 x 5 + 0.3 x 5 = 5; gap = 3 - 5 = -2
        Gap gap = evaluator.gapOf(new Input("M-INT", "MANAJERIAL", 3, 5, 5));
        assertThat(gap.gap()).isEqualByComparingTo("-2");
    }

    @Test
    void evaluatesEveryCompetencyInOrder() {
        List<Gap> gaps = evaluator.evaluate(List.of(
                new Input("A", "TEKNIS", 4, 1, 1),      // 4 - 1 = 3
                new Input("B", "SOSIAL_KULTURAL", 2, 2, 3))); // 2 - (2.1 + 0.6) = -0.7
        assertThat(gaps).extracting(Gap::competencyCode).containsExactly("A", "B");
        assertThat(gaps.get(0).gap()).isEqualByComparingTo("3");
        assertThat(gaps.get(1).gap()).isEqualByComparingTo("-0.7");
    }

    @Test
    void refusesLevelsOutsideOneToFive() {
        assertThatThrownBy(() -> evaluator.gapOf(new Input("A", "TEKNIS", 4, 6, null)))
                .hasMessageContaining("selfRating");
        assertThatThrownBy(() -> evaluator.gapOf(new Input("A", "TEKNIS", 4, 3, 0)))
                .hasMessageContaining("supervisorRating");
    }

    @Test
    void refusesWeightsThatDoNotAddUpToOne() {
        assertThatThrownBy(() -> new TrainingNeedsEvaluator(0.5, 0.6)).isInstanceOf(IllegalArgumentException.class);
    }
}
