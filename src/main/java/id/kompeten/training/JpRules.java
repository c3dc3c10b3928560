package id.kompeten.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * JP credited for one activity of any kind, from its evidence, by the kind's rule: attended minutes per JP (every
 * kind by default), or a number of JP per day, per logged session or per credit (SKS), and at most a cap per
 * activity where one is set. The rules come from configuration ({@code kompeten.jp.kinds}, each default cited in
 * application.yaml). Engine-free; two decimals, half up.
 */
public final class JpRules {

    /** What a kind's JP are counted from. */
    public enum Basis { MINUTES, DAYS, SESSIONS, CREDITS }

    /**
     * One kind's rule.
     *
     * @param jpPerUnit JP per day, session or credit; unused for MINUTES (the yearly {@code minutes-per-jp} applies)
     * @param maxJp the most one activity earns, or null for no cap
     */
    public record Rule(Basis basis, BigDecimal jpPerUnit, BigDecimal maxJp) {

        public Rule {
            if (basis == null) {
                throw new IllegalArgumentException("a JP rule needs its basis");
            }
            if (basis != Basis.MINUTES && (jpPerUnit == null || jpPerUnit.signum() <= 0)) {
                throw new IllegalArgumentException("a JP rule by " + basis + " needs a positive jp-per-unit");
            }
            if (maxJp != null && maxJp.signum() <= 0) {
                throw new IllegalArgumentException("max-jp must be positive");
            }
        }

        public static Rule byMinutes() {
            return new Rule(Basis.MINUTES, null, null);
        }
    }

    /** An activity's evidence: minutes attended, days, sessions logged, credits earned (what its kind records). */
    public record Evidence(int minutes, int days, int sessions, int credits) {

        public Evidence {
            if (minutes < 0 || days < 0 || sessions < 0 || credits < 0) {
                throw new IllegalArgumentException("evidence must not be negative");
            }
        }

        public static Evidence minutes(int minutes) {
            return new Evidence(minutes, 0, 0, 0);
        }
    }

    private final int minutesPerJp;
    private final Map<DevelopmentKind, Rule> rules;

    public JpRules(int minutesPerJp, Map<DevelopmentKind, Rule> rules) {
        if (minutesPerJp <= 0) {
            throw new IllegalArgumentException("minutes per JP must be positive");
        }
        this.minutesPerJp = minutesPerJp;
        this.rules = new EnumMap<>(DevelopmentKind.class);
        for (DevelopmentKind kind : DevelopmentKind.values()) {
            this.rules.put(kind, rules.getOrDefault(kind, Rule.byMinutes()));
        }
    }

    public Rule ruleOf(DevelopmentKind kind) {
        return rules.get(kind);
    }

    public int minutesPerJp() {
        return minutesPerJp;
    }

    public BigDecimal jpFor(DevelopmentKind kind, Evidence evidence) {
        Rule rule = rules.get(kind);
        BigDecimal jp = switch (rule.basis()) {
            case MINUTES -> BigDecimal.valueOf(evidence.minutes()).divide(BigDecimal.valueOf(minutesPerJp), 2,
                    RoundingMode.HALF_UP);
            case DAYS -> rule.jpPerUnit().multiply(BigDecimal.valueOf(evidence.days()));
            case SESSIONS -> rule.jpPerUnit().multiply(BigDecimal.valueOf(evidence.sessions()));
            case CREDITS -> rule.jpPerUnit().multiply(BigDecimal.valueOf(evidence.credits()));
        };
        if (rule.maxJp() != null) {
            jp = jp.min(rule.maxJp());
        }
        return jp.setScale(2, RoundingMode.HALF_UP);
    }
}
