package id.kompeten.training;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * JP (jam pelajaran): minutes of attended training per JP credited, every civil servant's yearly target, and the
 * rule of each kind of development that is not counted by minutes ({@code kinds}: basis, jp-per-unit, max-jp).
 * Prefix {@code kompeten.jp} (see application.yaml, where each default is cited).
 */
@ConfigurationProperties("kompeten.jp")
record JpSettings(@DefaultValue("45") int minutesPerJp, @DefaultValue("20") int yearlyTarget,
                  Map<DevelopmentKind, KindRule> kinds) {

    /** A kind's rule as configured. */
    record KindRule(JpRules.Basis basis, BigDecimal jpPerUnit, BigDecimal maxJp) {}

    JpRules rules() {
        Map<DevelopmentKind, JpRules.Rule> rules = new EnumMap<>(DevelopmentKind.class);
        if (kinds != null) {
            kinds.forEach((kind, rule) -> rules.put(kind, new JpRules.Rule(rule.basis() == null ? JpRules.Basis.MINUTES
                    : rule.basis(), rule.jpPerUnit(), rule.maxJp())));
        }
        return new JpRules(minutesPerJp, rules);
    }
}
