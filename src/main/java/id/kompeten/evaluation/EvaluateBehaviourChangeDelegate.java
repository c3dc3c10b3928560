package id.kompeten.evaluation;

import id.kompeten.evaluation.BehaviourTransferEvaluator.Transfer;
import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseVariables;
import id.kompeten.survey.RatingSource;
import id.kompeten.survey.SurveyService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EvaluateBehaviourChange: transfer score (L3) and the competencies not yet mastered on the job. */
@Component
class EvaluateBehaviourChangeDelegate implements JavaDelegate {

    private final SurveyService surveys;
    private final EvaluationResults results;
    private final BehaviourTransferEvaluator evaluator;

    EvaluateBehaviourChangeDelegate(SurveyService surveys, EvaluationResults results, BehaviourSettings behaviour) {
        this.surveys = surveys;
        this.results = results;
        this.evaluator = new BehaviourTransferEvaluator(behaviour.masteryRating());
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseContext context = CaseContext.of(execution);
        Transfer transfer = evaluator.evaluate(
                surveys.ratingsOf(context.caseNumber(), context.round(), RatingSource.ON_THE_JOB));
        results.record(context.caseNumber(), context.round(), EvaluationResults.TRANSFER, transfer.transferScore(),
                null, String.join(",", transfer.unmasteredCompetencies()));
        execution.setVariable(CaseVariables.TRANSFER_SCORE, transfer.transferScore().doubleValue());
        execution.setVariable(CaseVariables.UNMASTERED_COMPETENCIES, transfer.unmasteredCompetencies().size());
    }
}
