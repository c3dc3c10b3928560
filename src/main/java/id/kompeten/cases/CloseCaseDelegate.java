package id.kompeten.cases;

import id.kompeten.plan.DevelopmentPlans;
import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseVariables;
import id.kompeten.training.Enrollments;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Every closing task (its input parameter {@code outcome} says which): credits the attended training as JP
 * to the participant's yearly ledger and records the outcome with its reason. A completed case with a plan closes
 * only if each high-priority gap was addressed by it (the plan's other activities credit their own JP).
 */
@Component
class CloseCaseDelegate implements JavaDelegate {

    static final String OUTCOME = "outcome";

    private final CaseRepository cases;
    private final CaseDecisionRepository decisions;
    private final Enrollments enrollments;
    private final DevelopmentPlans plans;
    private final Clock clock;

    CloseCaseDelegate(CaseRepository cases, CaseDecisionRepository decisions, Enrollments enrollments,
                      DevelopmentPlans plans, Clock clock) {
        this.cases = cases;
        this.decisions = decisions;
        this.enrollments = enrollments;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseContext context = CaseContext.of(execution);
        CaseOutcome outcome = CaseOutcome.valueOf((String) execution.getVariable(OUTCOME));
        CompetencyCase closing = cases.findById(context.caseNumber())
                .orElseThrow(() -> new IllegalStateException("no case " + context.caseNumber()));
        if (outcome == CaseOutcome.COMPLETED && plans.find(context.caseNumber()).isPresent()) {
            // a high-priority gap closes only addressed by the plan, or dropped from it by the supervisor with a reason
            List<String> unaddressed = plans.unaddressedHighGaps(context.caseNumber());
            if (!unaddressed.isEmpty()) {
                throw new IllegalStateException("case " + context.caseNumber()
                        + " would close with high-priority gaps nothing addressed: " + unaddressed);
            }
        }
        BigDecimal jp = enrollments.creditJp(context.caseNumber());
        closing.close(outcome, reasonOf(outcome, context.caseNumber(), execution), jp, clock.instant());
    }

    private String reasonOf(CaseOutcome outcome, String caseNumber, DelegateExecution execution) {
        return switch (outcome) {
            case NO_NEED -> "Tidak ada kesenjangan kompetensi terhadap standar jabatan.";
            case COMPLETED -> (String) execution.getVariable(CaseVariables.FOLLOW_UP_SUMMARY);
            case FOLLOW_UP_REJECTED, CLOSED_BY_HR -> {
                List<CaseDecision> made = decisions.findByCaseNumberOrderByDecidedAt(caseNumber);
                yield made.isEmpty() ? null : made.get(made.size() - 1).getReason();
            }
        };
    }
}
