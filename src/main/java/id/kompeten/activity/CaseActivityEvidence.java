package id.kompeten.activity;

import id.kompeten.evaluation.ActivityEvidence;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence of a case's completed activities, by family: a guidance's reaction is the employee's rating of its
 * usefulness and of the coach's help, its learning the coach's closing assessment of the goals attained (in place of
 * a pre- and post-test); a placement's reaction is the employee's rating of its usefulness, its learning the
 * mentor's assessment of the competence attained; an event's and self-paced learning's reaction is the employee's
 * rating of its usefulness, its learning the employee's own assessment. An activity missed or refused tells nothing.
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
                .map(CaseActivityEvidence::evidenceOf)
                .toList();
    }

    private static Evidence evidenceOf(DevelopmentActivity a) {
        return switch (a.getKind().path()) {
            case GUIDED -> new Evidence(a.getKind().siasnName() + ": penilaian penutup coach",
                    (a.getUsefulness() + a.getCoachHelpfulness()) / 2.0, a.getGoalsAttained());
            case PLACEMENT -> new Evidence(a.getKind().siasnName() + ": penilaian mentor", a.getUsefulness(),
                    a.getGoalsAttained());
            default -> new Evidence(a.getKind().siasnName() + ": penilaian diri", a.getUsefulness(),
                    a.getLearningRating());
        };
    }
}
