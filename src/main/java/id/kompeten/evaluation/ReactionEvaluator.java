package id.kompeten.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Level 1 (reaction): the mean of the Likert items (1-5) scaled to 0-100, so 1 = 0 and 5 = 100.
 * The relevance item is also kept on its own, on the same scale. Engine-free.
 */
final class ReactionEvaluator {

    public record Reaction(BigDecimal reactionIndex, BigDecimal relevanceIndex) {}

    public Reaction evaluate(int relevance, int material, int trainer, int scheduleFit, int overall) {
        List<Integer> items = List.of(relevance, material, trainer, scheduleFit, overall);
        for (int item : items) {
            if (item < 1 || item > 5) {
                throw new IllegalArgumentException("Likert items are 1-5, was " + item);
            }
        }
        double mean = items.stream().mapToInt(Integer::intValue).average().orElseThrow();
        return new Reaction(scaled(mean), scaled(relevance));
    }

    static BigDecimal scaled(double likert) {
        return BigDecimal.valueOf((likert - 1) / 4 * 100).setScale(2, RoundingMode.HALF_UP);
    }
}
