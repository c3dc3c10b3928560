package id.kompeten.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Level 2 (learning): Hake's normalized gain g = (post - pre) / (100 - pre) on test scores 0-100.
 * pre = 100 means the participant already mastered the material: g = 1 when the post-test keeps it.
 * A drop (post below pre) is scaled by what could be lost, (post - pre) / pre, as Marx and Cummings'
 * normalized change does, so g stays within -1..1. Bands: below 0.3 low, 0.3-0.7 medium, above 0.7 high.
 * Engine-free.
 */
final class LearningGainEvaluator {

    public enum Band { LOW, MEDIUM, HIGH }

    public record Gain(BigDecimal gain, Band band, boolean alreadyMastered) {}

    public Gain evaluate(int pre, int post) {
        if (pre < 0 || pre > 100) {
            throw new IllegalArgumentException("preTestScore must be 0-100, was " + pre);
        }
        if (post < 0 || post > 100) {
            throw new IllegalArgumentException("postTestScore must be 0-100, was " + post);
        }
        double g;
        if (post < pre) {
            g = (double) (post - pre) / pre;
        } else if (pre == 100) {
            g = 1.0;
        } else {
            g = (double) (post - pre) / (100 - pre);
        }
        BigDecimal gain = BigDecimal.valueOf(g).setScale(3, RoundingMode.HALF_UP);
        return new Gain(gain, bandOf(gain), pre == 100);
    }

    static Band bandOf(BigDecimal gain) {
        if (gain.compareTo(new BigDecimal("0.3")) < 0) {
            return Band.LOW;
        }
        return gain.compareTo(new BigDecimal("0.7")) > 0 ? Band.HIGH : Band.MEDIUM;
    }
}
