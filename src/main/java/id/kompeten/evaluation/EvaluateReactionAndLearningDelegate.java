package id.kompeten.evaluation;

import id.kompeten.evaluation.LearningGainEvaluator.Gain;
import id.kompeten.evaluation.ReactionEvaluator.Reaction;
import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseVariables;
import id.kompeten.survey.PostTrainingSurvey;
import id.kompeten.survey.SurveyService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_EvaluateReactionAndLearning: the reaction (L1) and the learning (L2) of the round, from the evidence each kind
 * of development has. A course: the participant's survey and the pre- and post-test HR recorded. The first round's
 * other planned activities ({@link ActivityEvidence}): the employee's rating, and the coach's closing assessment
 * (or for an event the employee's own) scaled to a gain of 0-1, in place of a test. The round's index is the mean of
 * its sources; a round with none (every event missed) has 0, so the decision calls for follow-up.
 */
@Component
class EvaluateReactionAndLearningDelegate implements JavaDelegate {

    private final SurveyService surveys;
    private final EvaluationResults results;
    private final TestScores scores;
    private final ActivityEvidence activities;
    private final ReactionEvaluator reactionEvaluator = new ReactionEvaluator();
    private final LearningGainEvaluator gainEvaluator = new LearningGainEvaluator();

    EvaluateReactionAndLearningDelegate(SurveyService surveys, EvaluationResults results, TestScores scores,
                                        ActivityEvidence activities) {
        this.surveys = surveys;
        this.results = results;
        this.scores = scores;
        this.activities = activities;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseContext context = CaseContext.of(execution);
        List<BigDecimal> reactions = new ArrayList<>();
        List<BigDecimal> relevances = new ArrayList<>();
        List<BigDecimal> gains = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        boolean mastered = false;
        Optional<PostTrainingSurvey> survey = surveys.findPostTrainingSurvey(context.caseNumber(), context.round());
        if (survey.isPresent()) {
            PostTrainingSurvey s = survey.get();
            Reaction reaction = reactionEvaluator.evaluate(s.getRelevance(), s.getMaterial(), s.getTrainer(),
                    s.getScheduleFit(), s.getOverall());
            // the figures from where their owners wrote them: the participant's survey, HR's recorded scores
            TestScores.Scores tests = scores.of(context.caseNumber());
            Gain gain = gainEvaluator.evaluate(tests.preTest(), tests.postTest());
            reactions.add(reaction.reactionIndex());
            relevances.add(reaction.relevanceIndex());
            gains.add(gain.gain());
            mastered = gain.alreadyMastered();
            sources.add("pelatihan: survei dan tes");
        }
        if (context.round() == 1) {
            for (ActivityEvidence.Evidence e : activities.of(context.caseNumber())) {
                BigDecimal reaction = ReactionEvaluator.scaled(e.reaction());
                reactions.add(reaction);
                relevances.add(reaction);
                gains.add(BigDecimal.valueOf((e.learning() - 1) / 4.0).setScale(3, RoundingMode.HALF_UP));
                sources.add(e.source());
            }
        }
        BigDecimal reaction = mean(reactions, 2);
        BigDecimal gain = mean(gains, 3);
        boolean courseOnly = survey.isPresent() && sources.size() == 1;
        // a course alone reads as before; other sources are named
        String detail = courseOnly ? null : sources.isEmpty() ? "tidak ada bukti: kegiatan tidak diikuti"
                : "sumber: " + String.join("; ", sources);
        results.record(context.caseNumber(), context.round(), EvaluationResults.REACTION, reaction, null, detail);
        results.record(context.caseNumber(), context.round(), EvaluationResults.RELEVANCE, mean(relevances, 2), null,
                null);
        results.record(context.caseNumber(), context.round(), EvaluationResults.LEARNING_GAIN, gain,
                LearningGainEvaluator.bandOf(gain).name(), courseOnly && mastered ? "pre-test 100: sudah menguasai"
                        : detail);
        execution.setVariable(CaseVariables.REACTION_INDEX, reaction.doubleValue());
        execution.setVariable(CaseVariables.LEARNING_GAIN, gain.doubleValue());
    }

    private static BigDecimal mean(List<BigDecimal> values, int scale) {
        if (values.isEmpty()) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), scale, RoundingMode.HALF_UP);
    }
}
