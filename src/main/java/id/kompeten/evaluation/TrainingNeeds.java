package id.kompeten.evaluation;

import id.kompeten.employee.Competency;
import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.evaluation.TrainingNeedsEvaluator.Gap;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A case's training needs per round: ranked by the DMN {@code trainingNeedPriority}, stored, and summarised. */
@Service
@Transactional
public class TrainingNeeds {

    static final String DECISION = "trainingNeedPriority";
    static final String NONE = "NONE";

    private final TrainingNeedRepository needs;
    private final EmployeeDirectory directory;

    TrainingNeeds(TrainingNeedRepository needs, EmployeeDirectory directory) {
        this.needs = needs;
        this.directory = directory;
    }

    /** Ranks every gap through the DMN and stores it; returns the needs that call for training. */
    List<TrainingNeed> rank(String caseNumber, int round, List<Gap> gaps, DecisionService decisions) {
        List<TrainingNeed> ranked = new ArrayList<>();
        for (Gap gap : gaps) {
            DmnDecisionResultEntries priority = decisions.evaluateDecisionByKey(DECISION)
                    .variables(Map.of("gap", gap.gap().doubleValue(), "competencyType", gap.competencyType()))
                    .evaluate().getSingleResult();
            if (priority == null) {
                throw new IllegalStateException("trainingNeedPriority has no rule for " + gap);
            }
            ranked.add(needs.save(new TrainingNeed(caseNumber, round, gap.competencyCode(), gap.requiredLevel(),
                    gap.currentLevel(), gap.gap(), priority.getEntry("priority"),
                    ((Number) priority.getEntry("priorityRank")).intValue())));
        }
        return ranked.stream().filter(n -> !NONE.equals(n.getPriority()))
                .sorted(java.util.Comparator.comparingInt(TrainingNeed::getPriorityRank)).toList();
    }

    /** Carries the given competencies' needs of the previous round into the next one. */
    List<TrainingNeed> carryOver(String caseNumber, int fromRound, Collection<String> competencyCodes) {
        return needsOf(caseNumber, fromRound).stream()
                .filter(n -> competencyCodes.contains(n.getCompetencyCode()))
                .map(n -> needs.save(new TrainingNeed(caseNumber, fromRound + 1, n.getCompetencyCode(),
                        n.getRequiredLevel(), n.getCurrentLevel(), n.getGap(), n.getPriority(), n.getPriorityRank())))
                .toList();
    }

    /** The needs of a round that call for training, highest priority first. */
    @Transactional(readOnly = true)
    public List<TrainingNeed> needsOf(String caseNumber, int round) {
        return needs.findByCaseNumberAndRoundOrderByPriorityRankAscCompetencyCodeAsc(caseNumber, round).stream()
                .filter(n -> !NONE.equals(n.getPriority())).toList();
    }

    @Transactional(readOnly = true)
    public List<TrainingNeed> allOf(String caseNumber) {
        return needs.findByCaseNumberOrderByRoundAscPriorityRankAsc(caseNumber);
    }

    /** One line per need, as HR and the supervisor read it on their forms. */
    String summary(List<TrainingNeed> ranked) {
        DecimalFormat number = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id")));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            TrainingNeed n = ranked.get(i);
            Competency c = directory.competency(n.getCompetencyCode());
            lines.add("%d. %s (%s): level dibutuhkan %d, saat ini %s, kesenjangan %s; prioritas %s".formatted(i + 1,
                    c.getName(), c.getCode(), n.getRequiredLevel(), number.format(n.getCurrentLevel()),
                    number.format(n.getGap()), priorityLabel(n.getPriority())));
        }
        return String.join("\n", lines);
    }

    /** A priority as the forms show it (Indonesian). */
    public static String priorityLabel(String priority) {
        return switch (priority) {
            case "HIGH" -> "tinggi";
            case "MEDIUM" -> "sedang";
            case "LOW" -> "rendah";
            default -> "tidak ada";
        };
    }

}
