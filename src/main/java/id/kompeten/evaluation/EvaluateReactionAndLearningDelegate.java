package id.kompeten.evaluation;

import id.kompeten.evaluation.LearningGainEvaluator.Gain;
import id.kompeten.evaluation.ReactionEvaluator.Reaction;
import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseVariables;
import id.kompeten.survey.PostTrainingSurvey;
import id.kompeten.survey.SurveyService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EvaluateReactionAndLearning: reaction index (L1) from the survey, learning gain (L2) from the tests. */
@Component
class EvaluateReactionAndLearningDelegate implements JavaDelegate {

    private final SurveyService surveys;
    private final EvaluationResults results;
    private final ReactionEvaluator reactionEvaluator = new ReactionEvaluator();
    private final LearningGainEvaluator gainEvaluator = new LearningGainEvaluator();

    EvaluateReactionAndLearningDelegate(SurveyService surveys, EvaluationResults results) {
        this.surveys = surveys;
        this.results = results;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseContext context = CaseContext.of(execution);
        PostTrainingSurvey s = surveys.postTrainingSurveyOf(context.caseNumber(), context.round());
        Reaction reaction = reactionEvaluator.evaluate(s.getRelevance(), s.getMaterial(), s.getTrainer(),
                s.getScheduleFit(), s.getOverall());
        Gain gain = gainEvaluator.evaluate(intVariable(execution, CaseVariables.PRE_TEST_SCORE),
                intVariable(execution, CaseVariables.POST_TEST_SCORE));

        results.record(context.caseNumber(), context.round(), EvaluationResults.REACTION, reaction.reactionIndex(),
                null, null);
        results.record(context.caseNumber(), context.round(), EvaluationResults.RELEVANCE,
                reaction.relevanceIndex(), null, null);
        results.record(context.caseNumber(), context.round(), EvaluationResults.LEARNING_GAIN, gain.gain(),
                gain.band().name(), gain.alreadyMastered() ? "pre-test 100: sudah menguasai" : null);
        execution.setVariable(CaseVariables.REACTION_INDEX, reaction.reactionIndex().doubleValue());
        execution.setVariable(CaseVariables.LEARNING_GAIN, gain.gain().doubleValue());
    }

    private static int intVariable(DelegateExecution execution, String name) {
        return ((Number) execution.getVariable(name)).intValue();
    }
}
