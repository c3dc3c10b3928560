package id.kompeten.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReactionEvaluatorTests {

    private final ReactionEvaluator evaluator = new ReactionEvaluator();

    @Test
    void scalesMeanLikertToZeroToHundred() {
        // mean = (5 + 4 + 4 + 3 + 4) / 5 = 4.0; index = (4 - 1) / 4 x 100 = 75
        var reaction = evaluator.evaluate(5, 4, 4, 3, 4);
        assertThat(reaction.reactionIndex()).isEqualByComparingTo("75");
        // relevance on its own: (5 - 1) / 4 x 100 = 100
        assertThat(reaction.relevanceIndex()).isEqualByComparingTo("100");
    }

    @Test
    void allLowestIsZeroAndAllHighestIsHundred() {
        assertThat(evaluator.evaluate(1, 1, 1, 1, 1).reactionIndex()).isEqualByComparingTo("0");
        assertThat(evaluator.evaluate(5, 5, 5, 5, 5).reactionIndex()).isEqualByComparingTo("100");
    }

    @Test
    void roundsToTwoDecimals() {
        // mean = (2 + 3 + 3 + 3 + 3) / 5 = 2.8; index = 1.8 / 4 x 100 = 45
        assertThat(evaluator.evaluate(2, 3, 3, 3, 3).reactionIndex()).isEqualByComparingTo("45");
        // mean = (1 + 2 + 2 + 2 + 2) / 5 = 1.8; index = 0.8 / 4 x 100 = 20; relevance (1-1)/4 = 0
        var reaction = evaluator.evaluate(1, 2, 2, 2, 2);
        assertThat(reaction.reactionIndex()).isEqualByComparingTo("20");
        assertThat(reaction.relevanceIndex()).isEqualByComparingTo("0");
    }

    @Test
    void refusesItemOutsideLikertScale() {
        assertThatThrownBy(() -> evaluator.evaluate(0, 3, 3, 3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> evaluator.evaluate(3, 3, 3, 3, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}
