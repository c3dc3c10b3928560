package id.kompeten.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Level 3 (behaviour): the supervisor rates how each prioritised competency is applied on the job (1-5).
 * Transfer score = mean rating scaled to 0-100 (1 = 0, 5 = 100); a competency rated below the mastery
 * rating is not yet mastered. Engine-free.
 */
final class BehaviourTransferEvaluator {

    private final int masteryRating;

    public BehaviourTransferEvaluator(int masteryRating) {
        if (masteryRating < 1 || masteryRating > 5) {
            throw new IllegalArgumentException("mastery rating must be 1-5, was " + masteryRating);
        }
        this.masteryRating = masteryRating;
    }

    public record Transfer(BigDecimal transferScore, List<String> unmasteredCompetencies) {}

    /** @param ratings competency code to on-the-job rating, in the order the need was ranked */
    public Transfer evaluate(Map<String, Integer> ratings) {
        if (ratings.isEmpty()) {
            throw new IllegalArgumentException("at least one competency must be rated");
        }
        ratings.forEach((code, rating) -> {
            if (rating == null || rating < 1 || rating > 5) {
                throw new IllegalArgumentException("rating of " + code + " must be 1-5, was " + rating);
            }
        });
        double mean = ratings.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
        List<String> unmastered = ratings.entrySet().stream()
                .filter(e -> e.getValue() < masteryRating).map(Map.Entry::getKey).toList();
        return new Transfer(ReactionEvaluator.scaled(mean), unmastered);
    }
}
