package id.kompeten.evaluation;

import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseVariables;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Task_DecideFollowUp: the DMN followUpDecision decides COMPLETE, REMEDIAL or ESCALATE from the round's
 * figures; its reason is kept with the decision and shown to whoever acts on it.
 */
@Component
class DecideFollowUpDelegate implements JavaDelegate {

    static final String DECISION = "followUpDecision";

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final EvaluationResults results;
    private final MessageSource messages;
    private final int maxRounds;

    DecideFollowUpDelegate(EvaluationResults results, MessageSource messages, FollowUpSettings followUp) {
        this.results = results;
        this.messages = messages;
        this.maxRounds = followUp.maxRounds();
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseContext context = CaseContext.of(execution);
        // the round's figures as the evaluation steps recorded them, not the process variables that mirror them
        EvaluationResult transfer = results.latest(context.caseNumber(), context.round(), EvaluationResults.TRANSFER);
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(CaseVariables.UNMASTERED_COMPETENCIES, unmastered(transfer));
        inputs.put(CaseVariables.ROUND, context.round());
        inputs.put("maxRounds", maxRounds);
        inputs.put(CaseVariables.LEARNING_GAIN, figure(context, EvaluationResults.LEARNING_GAIN));
        inputs.put(CaseVariables.REACTION_INDEX, figure(context, EvaluationResults.REACTION));
        inputs.put(CaseVariables.TRANSFER_SCORE, transfer.getScore().doubleValue());
        DmnDecisionResultEntries decision = execution.getProcessEngineServices().getDecisionService()
                .evaluateDecisionByKey(DECISION).variables(inputs).evaluate().getSingleResult();
        String followUp = decision.getEntry("followUp");
        String reason = decision.getEntry("reason");

        results.record(context.caseNumber(), context.round(), EvaluationResults.FOLLOW_UP, null, followUp, reason);
        execution.setVariable(CaseVariables.FOLLOW_UP, followUp);
        execution.setVariable(CaseVariables.FOLLOW_UP_SUMMARY, "Putaran %d: indeks reaksi %s, gain %s, skor transfer %s, %s kompetensi belum dikuasai. Keputusan: %s (%s)."
                .formatted(context.round(), figure(inputs.get(CaseVariables.REACTION_INDEX)),
                        figure(inputs.get(CaseVariables.LEARNING_GAIN)), figure(inputs.get(CaseVariables.TRANSFER_SCORE)),
                        inputs.get(CaseVariables.UNMASTERED_COMPETENCIES),
                        messages.getMessage("followUp.decision." + followUp, null, followUp, INDONESIAN), reason));
    }

    private double figure(CaseContext context, String measure) {
        return results.latest(context.caseNumber(), context.round(), measure).getScore().doubleValue();
    }

    /** The transfer step keeps the codes of the competencies not yet mastered, comma-separated. */
    private static int unmastered(EvaluationResult transfer) {
        String codes = transfer.getDetail();
        return codes == null || codes.isBlank() ? 0 : codes.split(",").length;
    }

    /** A figure as the Indonesian summary shows it: 0,6 (decimal comma). */
    private static String figure(Object value) {
        return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
