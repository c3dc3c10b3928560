package id.kompeten.report;

import id.kompeten.report.ProgrammeFigures.Figure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Computes a programme's figures from its cases (engine-free): L1 reaction (mean, distribution, relevance on
 * its own), L2 learning gain (mean of the individual g, share low / medium / high), L3 transfer (mean, share
 * of targeted competencies mastered), remedial rate and outcome, attendance, survey response, interviews,
 * JP, budget used against allocated and cost per JP.
 */
class ProgrammeEvaluator {

    static final BigDecimal LOW_GAIN = new BigDecimal("0.3");
    static final BigDecimal HIGH_GAIN = new BigDecimal("0.7");

    public ProgrammeFigures evaluate(List<CaseFigures> cases, BigDecimal budgetAllocated) {
        List<CaseFigures> withGain = having(cases, c -> c.learningGain() != null);
        List<CaseFigures> interviewed = having(cases, c -> c.transferScore() != null);
        List<CaseFigures> remedial = having(interviewed, c -> c.rounds() > 1);
        List<CaseFigures> remedialClosed = having(remedial, CaseFigures::closed);
        List<CaseFigures> trained = having(cases, c -> c.attended() + c.absent() > 0);
        List<CaseFigures> attending = having(cases, c -> c.attended() > 0);
        List<CaseFigures> withReaction = having(cases, c -> c.reactionIndex() != null);

        BigDecimal jp = sum(cases, CaseFigures::jp);
        BigDecimal used = sum(cases, CaseFigures::cost);
        List<CaseFigures> credited = having(cases, c -> c.jp() != null && c.jp().signum() > 0);
        return new ProgrammeFigures(cases.size(), having(cases, CaseFigures::closed).size(),
                mean(withReaction, CaseFigures::reactionIndex, 1),
                distribution(withReaction),
                mean(having(cases, c -> c.relevanceIndex() != null), CaseFigures::relevanceIndex, 1),
                mean(withGain, CaseFigures::learningGain, 3),
                share(withGain, c -> c.learningGain().compareTo(LOW_GAIN) < 0),
                share(withGain, c -> c.learningGain().compareTo(LOW_GAIN) >= 0 && c.learningGain().compareTo(HIGH_GAIN) <= 0),
                share(withGain, c -> c.learningGain().compareTo(HIGH_GAIN) > 0),
                mean(interviewed, CaseFigures::transferScore, 1),
                ratio(interviewed, c -> c.targetedCompetencies() - c.unmasteredCompetencies(), CaseFigures::targetedCompetencies),
                share(interviewed, c -> c.rounds() > 1),
                share(remedialClosed, c -> "COMPLETED".equals(c.outcome())),
                ratio(trained, CaseFigures::attended, c -> c.attended() + c.absent()),
                ratio(attending, CaseFigures::surveysReturned, CaseFigures::attended),
                new Figure(BigDecimal.valueOf(cases.stream().mapToInt(CaseFigures::interviews).sum()),
                        numbers(having(cases, c -> c.interviews() > 0))),
                new Figure(jp, numbers(credited)),
                budgetAllocated,
                new Figure(used, numbers(having(cases, c -> c.cost() != null && c.cost().signum() > 0))),
                budgetAllocated == null || budgetAllocated.signum() == 0 ? Figure.none()
                        : new Figure(used.divide(budgetAllocated, 4, RoundingMode.HALF_UP), numbers(trained)),
                jp.signum() == 0 ? Figure.none()
                        : new Figure(used.divide(jp, 2, RoundingMode.HALF_UP), numbers(credited)));
    }

    /** L1 distribution over the bands of the reaction index (0–100). */
    static Map<String, Integer> distribution(List<CaseFigures> cases) {
        Map<String, Integer> bands = new LinkedHashMap<>();
        for (String band : List.of("0-49", "50-69", "70-84", "85-100")) {
            bands.put(band, 0);
        }
        for (CaseFigures c : cases) {
            int index = c.reactionIndex().intValue();
            String band = index < 50 ? "0-49" : index < 70 ? "50-69" : index < 85 ? "70-84" : "85-100";
            bands.merge(band, 1, Integer::sum);
        }
        return bands;
    }

    private static List<CaseFigures> having(List<CaseFigures> cases, Predicate<CaseFigures> test) {
        return cases.stream().filter(test).toList();
    }

    private static List<String> numbers(List<CaseFigures> cases) {
        return cases.stream().map(CaseFigures::caseNumber).toList();
    }

    private static BigDecimal sum(List<CaseFigures> cases, Function<CaseFigures, BigDecimal> value) {
        return cases.stream().map(value).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Figure mean(List<CaseFigures> cases, Function<CaseFigures, BigDecimal> value, int scale) {
        if (cases.isEmpty()) {
            return Figure.none();
        }
        return new Figure(sum(cases, value).divide(BigDecimal.valueOf(cases.size()), scale, RoundingMode.HALF_UP),
                numbers(cases));
    }

    private static Figure share(List<CaseFigures> cases, Predicate<CaseFigures> test) {
        if (cases.isEmpty()) {
            return Figure.none();
        }
        List<CaseFigures> matching = having(cases, test);
        return new Figure(BigDecimal.valueOf(matching.size()).divide(BigDecimal.valueOf(cases.size()), 4,
                RoundingMode.HALF_UP), numbers(matching));
    }

    private static Figure ratio(List<CaseFigures> cases, java.util.function.ToIntFunction<CaseFigures> part,
                                java.util.function.ToIntFunction<CaseFigures> whole) {
        int total = cases.stream().mapToInt(whole).sum();
        if (total == 0) {
            return Figure.none();
        }
        return new Figure(BigDecimal.valueOf(cases.stream().mapToInt(part).sum())
                .divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP), numbers(cases));
    }
}
