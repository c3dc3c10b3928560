package id.kompeten.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Gap per competency: the level the position requires (1-5) minus the current level. The current level
 * is the supervisor's rating blended with the self-rating where the supervisor gave one, else the
 * self-rating alone. Engine-free.
 */
class TrainingNeedsEvaluator {

    private final double supervisorWeight;
    private final double selfWeight;

    public TrainingNeedsEvaluator(double supervisorWeight, double selfWeight) {
        if (supervisorWeight < 0 || selfWeight < 0 || Math.abs(supervisorWeight + selfWeight - 1.0) > 1e-9) {
            throw new IllegalArgumentException("needs weights must be non-negative and add up to 1");
        }
        this.supervisorWeight = supervisorWeight;
        this.selfWeight = selfWeight;
    }

    /** One competency's input: required level, self-rating, supervisor's rating (null when not given). */
    public record Input(String competencyCode, String competencyType, int requiredLevel, int selfRating,
                        Integer supervisorRating) {}

    public record Gap(String competencyCode, String competencyType, int requiredLevel, BigDecimal currentLevel,
                      BigDecimal gap) {}

    public List<Gap> evaluate(List<Input> inputs) {
        return inputs.stream().map(this::gapOf).toList();
    }

    Gap gapOf(Input in) {
        checkLevel(in.requiredLevel(), "requiredLevel");
        checkLevel(in.selfRating(), "selfRating");
        double current = in.selfRating();
        if (in.supervisorRating() != null) {
            checkLevel(in.supervisorRating(), "supervisorRating");
            current = supervisorWeight * in.supervisorRating() + selfWeight * in.selfRating();
        }
        BigDecimal currentLevel = BigDecimal.valueOf(current).setScale(2, RoundingMode.HALF_UP);
        BigDecimal gap = BigDecimal.valueOf(in.requiredLevel()).subtract(currentLevel);
        return new Gap(in.competencyCode(), in.competencyType(), in.requiredLevel(), currentLevel, gap);
    }

    private static void checkLevel(int level, String what) {
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException(what + " must be 1-5, was " + level);
        }
    }
}
