package id.kompeten.evaluation;

import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseVariables;
import id.kompeten.survey.RatingSource;
import id.kompeten.survey.SurveyService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_StartNextRound: round + 1, whose needs are only the competencies the interview found not yet mastered;
 * the last round's per-round figures are cleared so no gateway reads a stale one.
 */
@Component
class StartNextRoundDelegate implements JavaDelegate {

    private final SurveyService surveys;
    private final TrainingNeeds needs;
    private final BehaviourTransferEvaluator evaluator;

    StartNextRoundDelegate(SurveyService surveys, TrainingNeeds needs, BehaviourSettings behaviour) {
        this.surveys = surveys;
        this.needs = needs;
        this.evaluator = new BehaviourTransferEvaluator(behaviour.masteryRating());
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseContext context = CaseContext.of(execution);
        List<String> unmastered = evaluator.evaluate(
                surveys.ratingsOf(context.caseNumber(), context.round(), RatingSource.ON_THE_JOB))
                .unmasteredCompetencies();
        List<TrainingNeed> next = needs.carryOver(context.caseNumber(), context.round(), unmastered);
        execution.removeVariables(List.of(CaseVariables.TRAINING_SESSION_ID, CaseVariables.ATTENDED,
                CaseVariables.PRE_TEST_SCORE, CaseVariables.POST_TEST_SCORE, CaseVariables.REACTION_INDEX,
                CaseVariables.LEARNING_GAIN, CaseVariables.TRANSFER_SCORE, CaseVariables.UNMASTERED_COMPETENCIES,
                CaseVariables.FOLLOW_UP, CaseVariables.FOLLOW_UP_APPROVED, CaseVariables.ESCALATION_RESOLUTION,
                CaseVariables.TRAINING_ENDS_AT, CaseVariables.SESSION_SUMMARY));
        execution.setVariable(CaseVariables.ROUND, context.round() + 1);
        execution.setVariable(CaseVariables.TRAINING_NEED_COUNT, next.size());
        execution.setVariable(CaseVariables.NEEDS_SUMMARY, needs.summary(next));
    }
}
