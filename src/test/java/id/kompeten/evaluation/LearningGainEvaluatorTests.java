package id.kompeten.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kompeten.evaluation.LearningGainEvaluator.Band;
import org.junit.jupiter.api.Test;

class LearningGainEvaluatorTests {

    private final LearningGainEvaluator evaluator = new LearningGainEvaluator();

    @Test
    void normalizedGainIsImprovementOverWhatCouldBeGained() {
        // (70 - 40) / (100 - 40) = 30 / 60 = 0.5
        var gain = evaluator.evaluate(40, 70);
        assertThat(gain.gain()).isEqualByComparingTo("0.5");
        assertThat(gain.band()).isEqualTo(Band.MEDIUM);
    }

    @Test
    void noChangeIsZeroGain() {
        // (50 - 50) / (100 - 50) = 0
        var gain = evaluator.evaluate(50, 50);
        assertThat(gain.gain()).isEqualByComparingTo("0");
        assertThat(gain.band()).isEqualTo(Band.LOW);
    }

    @Test
    void reachingFullMarksIsGainOfOne() {
        // (100 - 80) / (100 - 80) = 1.0
        var gain = evaluator.evaluate(80, 100);
        assertThat(gain.gain()).isEqualByComparingTo("1");
        assertThat(gain.band()).isEqualTo(Band.HIGH);
    }

    @Test
    void preTestOfHundredMeansAlreadyMastered() {
        var gain = evaluator.evaluate(100, 100);
        assertThat(gain.alreadyMastered()).isTrue();
        assertThat(gain.gain()).isEqualByComparingTo("1");
        assertThat(gain.band()).isEqualTo(Band.HIGH);
    }

    @Test
    void dropIsScaledByWhatCouldBeLost() {
        // (60 - 80) / 80 = -0.25
        assertThat(evaluator.evaluate(80, 60).gain()).isEqualByComparingTo("-0.25");
        // pre = 100, post = 90: (90 - 100) / 100 = -0.1, still flagged as mastered before
        var drop = evaluator.evaluate(100, 90);
        assertThat(drop.gain()).isEqualByComparingTo("-0.1");
        assertThat(drop.alreadyMastered()).isTrue();
        assertThat(drop.band()).isEqualTo(Band.LOW);
    }

    @Test
    void bandsSplitAtPointThreeAndPointSeven() {
        // (44 - 20) / 80 = 0.3 -> medium (the low band is below 0.3)
        assertThat(evaluator.evaluate(20, 44).band()).isEqualTo(Band.MEDIUM);
        // (43 - 20) / 80 = 0.2875 -> low
        assertThat(evaluator.evaluate(20, 43).band()).isEqualTo(Band.LOW);
        // (76 - 20) / 80 = 0.7 -> medium (high is above 0.7)
        assertThat(evaluator.evaluate(20, 76).band()).isEqualTo(Band.MEDIUM);
        // (77 - 20) / 80 = 0.7125 -> high
        assertThat(evaluator.evaluate(20, 77).band()).isEqualTo(Band.HIGH);
    }

    @Test
    void refusesScoresOutsideZeroToHundred() {
        assertThatThrownBy(() -> evaluator.evaluate(-1, 50)).hasMessageContaining("preTestScore");
        assertThatThrownBy(() -> evaluator.evaluate(50, 101)).hasMessageContaining("postTestScore");
    }
}
