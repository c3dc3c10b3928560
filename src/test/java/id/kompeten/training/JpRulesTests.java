package id.kompeten.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kompeten.training.JpRules.Basis;
import id.kompeten.training.JpRules.Evidence;
import id.kompeten.training.JpRules.Rule;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JP rules row by row, the figures worked out by hand. */
class JpRulesTests {

    private static final JpRules DEFAULTS = new JpRules(45, Map.of());

    @Test
    void everyKindCountsItsMinutesOfLearningByDefault() {
        for (DevelopmentKind kind : DevelopmentKind.values()) {
            assertThat(DEFAULTS.ruleOf(kind).basis()).as(kind.name()).isEqualTo(Basis.MINUTES);
            // 90 / 45 = 2 JP, whatever the days or sessions
            assertThat(DEFAULTS.jpFor(kind, new Evidence(90, 3, 7, 2))).as(kind.name()).isEqualByComparingTo("2.00");
        }
        // a three-day seminar of 16 hours: 960 / 45 = 21.333… → 21.33
        assertThat(DEFAULTS.jpFor(DevelopmentKind.SEMINAR, Evidence.minutes(960))).isEqualByComparingTo("21.33");
        // 100 / 45 = 2.222… → 2.22; 50 / 45 = 1.111… → 1.11; 67 / 45 = 1.4888… → 1.49 (half up)
        assertThat(DEFAULTS.jpFor(DevelopmentKind.E_LEARNING, Evidence.minutes(100))).isEqualByComparingTo("2.22");
        assertThat(DEFAULTS.jpFor(DevelopmentKind.COACHING, Evidence.minutes(50))).isEqualByComparingTo("1.11");
        assertThat(DEFAULTS.jpFor(DevelopmentKind.MENTORING, Evidence.minutes(67))).isEqualByComparingTo("1.49");
        assertThat(DEFAULTS.jpFor(DevelopmentKind.KURSUS, Evidence.minutes(0))).isEqualByComparingTo("0");
    }

    @Test
    void aKindConfiguredByDaysSessionsOrCreditsCountsThose() {
        JpRules rules = new JpRules(45, Map.of(
                DevelopmentKind.SEMINAR, new Rule(Basis.DAYS, new BigDecimal("4"), null),
                DevelopmentKind.COACHING, new Rule(Basis.SESSIONS, new BigDecimal("1.5"), null),
                DevelopmentKind.TUGAS_BELAJAR, new Rule(Basis.CREDITS, new BigDecimal("2.5"), new BigDecimal("20")),
                DevelopmentKind.MAGANG, new Rule(Basis.DAYS, new BigDecimal("2"), new BigDecimal("40"))));
        // 3 days x 4 = 12 (the minutes do not count)
        assertThat(rules.jpFor(DevelopmentKind.SEMINAR, new Evidence(960, 3, 0, 0))).isEqualByComparingTo("12");
        // 6 sessions x 1.5 = 9
        assertThat(rules.jpFor(DevelopmentKind.COACHING, new Evidence(360, 90, 6, 0))).isEqualByComparingTo("9");
        // 6 credits x 2.5 = 15, under the cap of 20; 12 credits x 2.5 = 30, capped at 20
        assertThat(rules.jpFor(DevelopmentKind.TUGAS_BELAJAR, new Evidence(0, 180, 0, 6))).isEqualByComparingTo("15");
        assertThat(rules.jpFor(DevelopmentKind.TUGAS_BELAJAR, new Evidence(0, 180, 0, 12))).isEqualByComparingTo("20");
        // 30 days x 2 = 60, capped at 40
        assertThat(rules.jpFor(DevelopmentKind.MAGANG, new Evidence(0, 30, 0, 0))).isEqualByComparingTo("40");
        // the rest still by minutes: 135 / 45 = 3
        assertThat(rules.jpFor(DevelopmentKind.WORKSHOP, new Evidence(135, 1, 0, 0))).isEqualByComparingTo("3");
    }

    @Test
    void aRuleWithoutItsFigureOrANegativeEvidenceIsRefused() {
        assertThatThrownBy(() -> new Rule(Basis.DAYS, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rule(Basis.SESSIONS, BigDecimal.ZERO, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rule(Basis.MINUTES, null, new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Evidence(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JpRules(0, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSettingsBecomeTheRules() {
        JpSettings settings = new JpSettings(45, 20, Map.of(DevelopmentKind.WORKSHOP,
                new JpSettings.KindRule(Basis.DAYS, new BigDecimal("5"), null)));
        // 2 days x 5 = 10
        assertThat(settings.rules().jpFor(DevelopmentKind.WORKSHOP, new Evidence(600, 2, 0, 0))).isEqualByComparingTo("10");
        assertThat(new JpSettings(45, 20, null).rules().ruleOf(DevelopmentKind.WORKSHOP).basis()).isEqualTo(Basis.MINUTES);
    }
}
