package id.kompeten.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records and reads the answers of surveys, assessments and interviews. */
@Service
@Transactional
public class SurveyService {

    private final CompetencyRatingRepository ratings;
    private final NeedsSurveyRepository needsSurveys;
    private final PostTrainingSurveyRepository postTrainingSurveys;
    private final SupervisorInterviewRepository interviews;
    private final Clock clock;

    SurveyService(CompetencyRatingRepository ratings, NeedsSurveyRepository needsSurveys,
                  PostTrainingSurveyRepository postTrainingSurveys, SupervisorInterviewRepository interviews,
                  Clock clock) {
        this.ratings = ratings;
        this.needsSurveys = needsSurveys;
        this.postTrainingSurveys = postTrainingSurveys;
        this.interviews = interviews;
        this.clock = clock;
    }

    public void recordRatings(String caseNumber, int round, RatingSource source, Map<String, Integer> byCompetency,
                              String ratedBy) {
        Instant now = clock.instant();
        byCompetency.forEach((code, rating) ->
                ratings.save(new CompetencyRating(caseNumber, round, code, source, rating, ratedBy, now)));
    }

    /** Ratings of one round and source, competency code to rating, in the order they were given. */
    @Transactional(readOnly = true)
    public Map<String, Integer> ratingsOf(String caseNumber, int round, RatingSource source) {
        Map<String, Integer> result = new LinkedHashMap<>();
        ratings.findByCaseNumberAndRoundAndSource(caseNumber, round, source)
                .forEach(r -> result.put(r.getCompetencyCode(), r.getRating()));
        return result;
    }

    public void recordNeedsSurvey(String caseNumber, String developmentGoal, String preferredMode, String by) {
        needsSurveys.save(new NeedsSurvey(caseNumber, developmentGoal, preferredMode, by, clock.instant()));
    }

    public PostTrainingSurvey recordPostTrainingSurvey(String caseNumber, int round, Long sessionId,
                                                       PostTrainingAnswers a, String by) {
        return postTrainingSurveys.save(new PostTrainingSurvey(caseNumber, round, sessionId, a.relevance(),
                a.material(), a.trainer(), a.scheduleFit(), a.overall(), a.confidence(), a.actionPlan(),
                a.comments(), by, clock.instant()));
    }

    public void recordInterview(String caseNumber, int round, String behaviourNotes, String by) {
        interviews.save(new SupervisorInterview(caseNumber, round, behaviourNotes, by, clock.instant()));
    }

    /** The survey of a round's attended session (the latest, should HR have re-run it). */
    @Transactional(readOnly = true)
    public PostTrainingSurvey postTrainingSurveyOf(String caseNumber, int round) {
        return findPostTrainingSurvey(caseNumber, round)
                .orElseThrow(() -> new IllegalStateException("no post-training survey in " + caseNumber + " round " + round));
    }

    /** The round's post-training survey, if the round had a course (a plan may have none). */
    @Transactional(readOnly = true)
    public java.util.Optional<PostTrainingSurvey> findPostTrainingSurvey(String caseNumber, int round) {
        return postTrainingSurveys.findByCaseNumber(caseNumber).stream()
                .filter(s -> s.getRound() == round)
                .reduce((first, second) -> second);
    }

    @Transactional(readOnly = true)
    public CaseAnswers answersOf(String caseNumber) {
        return new CaseAnswers(needsSurveys.findByCaseNumber(caseNumber),
                ratings.findByCaseNumberOrderByRatedAt(caseNumber),
                postTrainingSurveys.findByCaseNumber(caseNumber), interviews.findByCaseNumber(caseNumber));
    }

    /** Every answer of a case, for its case file. */
    public record CaseAnswers(List<NeedsSurvey> needsSurveys, List<CompetencyRating> ratings,
                              List<PostTrainingSurvey> postTrainingSurveys, List<SupervisorInterview> interviews) {}

    public record PostTrainingAnswers(int relevance, int material, int trainer, int scheduleFit, int overall,
                                      int confidence, String actionPlan, String comments) {}
}
