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
    private final TestScores scores;
    private final ReactionEvaluator reactionEvaluator = new ReactionEvaluator();
    private final LearningGainEvaluator gainEvaluator = new LearningGainEvaluator();

    EvaluateReactionAndLearningDelegate(SurveyService surveys, EvaluationResults results, TestScores scores) {
        this.surveys = surveys;
        this.results = results;
        this.scores = scores;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseContext context = CaseContext.of(execution);
        PostTrainingSurvey s = surveys.postTrainingSurveyOf(context.caseNumber(), context.round());
        Reaction reaction = reactionEvaluator.evaluate(s.getRelevance(), s.getMaterial(), s.getTrainer(),
                s.getScheduleFit(), s.getOverall());
        // the figures from where their owners wrote them: the participant's survey, HR's recorded scores
        TestScores.Scores tests = scores.of(context.caseNumber());
        Gain gain = gainEvaluator.evaluate(tests.preTest(), tests.postTest());

        results.record(context.caseNumber(), context.round(), EvaluationResults.REACTION, reaction.reactionIndex(),
                null, null);
        results.record(context.caseNumber(), context.round(), EvaluationResults.RELEVANCE,
                reaction.relevanceIndex(), null, null);
        results.record(context.caseNumber(), context.round(), EvaluationResults.LEARNING_GAIN, gain.gain(),
                gain.band().name(), gain.alreadyMastered() ? "pre-test 100: sudah menguasai" : null);
        execution.setVariable(CaseVariables.REACTION_INDEX, reaction.reactionIndex().doubleValue());
        execution.setVariable(CaseVariables.LEARNING_GAIN, gain.gain().doubleValue());
    }
}
