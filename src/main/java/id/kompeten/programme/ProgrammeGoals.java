package id.kompeten.programme;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.RequestRefused;
import id.kompeten.report.ProgrammeFigures;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/**
 * The goals of a programme: each names a number figure of the report and the value it must reach, within
 * the range that figure can take (a share 0-1, an index 0-100, a learning gain up to 1) and what
 * {@code programme_goal.at_least} (numeric(14, 4)) holds.
 */
final class ProgrammeGoals {

    /** The figures a goal may name: those of the report that are numbers. */
    static final Set<String> FIGURES = Arrays.stream(ProgrammeFigures.class.getRecordComponents())
            .filter(c -> c.getType() == ProgrammeFigures.Figure.class).map(RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());

    private static final Set<String> INDICES = Set.of("reactionMean", "relevanceMean", "transferMean");
    private static final BigDecimal AMOUNT_MAX = new BigDecimal("999999999");

    private ProgrammeGoals() {}

    static void check(List<Programmes.Goal> goals) {
        for (int i = 0; i < goals.size(); i++) {
            Programmes.Goal g = goals.get(i);
            String at = "goals[" + i + "]";
            if (g == null) {
                throw refused(at, "form.required");
            }
            if (g.figure() == null || !FIGURES.contains(g.figure())) {
                throw refused(at + ".figure", "form.choice.allowed",
                        FIGURES.stream().sorted().collect(Collectors.joining(", ")));
            }
            if (g.atLeast() == null) {
                throw refused(at + ".atLeast", "form.required");
            }
            BigDecimal[] range = range(g.figure());
            if (g.atLeast().compareTo(range[0]) < 0 || g.atLeast().compareTo(range[1]) > 0
                    || g.atLeast().stripTrailingZeros().scale() > 4) {
                throw refused(at + ".atLeast", "programme.goal.range", range[0].toPlainString(),
                        range[1].toPlainString());
            }
            if (g.description() == null || g.description().isBlank() || g.description().length() > 500) {
                throw refused(at + ".description", "form.text.tooLong", 500);
            }
        }
    }

    /** The smallest and largest value the figure can take. */
    static BigDecimal[] range(String figure) {
        if (INDICES.contains(figure)) {
            return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.valueOf(100)};
        }
        if (figure.endsWith("Share") || figure.endsWith("Rate")) {
            return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ONE};
        }
        if (figure.equals("gainMean")) {
            // (post - pre) / (100 - pre) with pre at most 99: from -99 up to 1
            return new BigDecimal[] {BigDecimal.valueOf(-99), BigDecimal.ONE};
        }
        // counts and rupiah amounts (interviews, JP, budget used, cost per JP)
        return new BigDecimal[] {BigDecimal.ZERO, AMOUNT_MAX};
    }

    private static RequestRefused refused(String field, String code, Object... args) {
        return new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError(field, code, args));
    }
}
