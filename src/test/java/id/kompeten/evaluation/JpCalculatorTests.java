package id.kompeten.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JpCalculatorTests {

    @Test
    void creditsOneJpPerFortyFiveMinutes() {
        var calculator = new JpCalculator(45);
        // 900 / 45 = 20 JP: a whole year's target in one course
        assertThat(calculator.jpFor(900)).isEqualByComparingTo("20");
        // 100 / 45 = 2.222.. -> 2.22
        assertThat(calculator.jpFor(100)).isEqualByComparingTo("2.22");
        assertThat(calculator.jpFor(0)).isEqualByComparingTo("0");
    }

    @Test
    void minutesPerJpIsConfigurable() {
        // 120 / 60 = 2
        assertThat(new JpCalculator(60).jpFor(120)).isEqualByComparingTo("2");
    }

    @Test
    void refusesNegativeMinutesAndNonPositiveRate() {
        assertThatThrownBy(() -> new JpCalculator(45).jpFor(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JpCalculator(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
