package id.kompeten.activity;

import id.kompeten.evaluation.ActivityEvidence;
import id.kompeten.training.DevelopmentKind;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence of a case's completed activities, by family: a guidance's reaction is the employee's rating of its
 * usefulness and of the coach's help, its learning the coach's closing assessment of the goals attained (in place of
 * a pre- and post-test); an event's reaction is the employee's rating of its usefulness, its learning the employee's
 * own assessment. An event missed tells nothing.
 */
@Component
class CaseActivityEvidence implements ActivityEvidence {

    private final ActivityRepository activities;

    CaseActivityEvidence(ActivityRepository activities) {
        this.activities = activities;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Evidence> of(String caseNumber) {
        return activities.findByCaseNumberOrderByIdAsc(caseNumber).stream()
                .filter(a -> a.getStatus() == ActivityStatus.COMPLETED)
                .map(a -> a.getKind().path() == DevelopmentKind.Path.GUIDED
                        ? new Evidence(a.getKind().siasnName() + ": penilaian penutup coach",
                                (a.getUsefulness() + a.getCoachHelpfulness()) / 2.0, a.getGoalsAttained())
                        : new Evidence(a.getKind().siasnName() + ": penilaian diri", a.getUsefulness(),
                                a.getLearningRating()))
                .toList();
    }
}
