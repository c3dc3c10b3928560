package id.kompeten.activity;

import static id.kompeten.forms.FieldRule.TEXT_LIMIT;
import static id.kompeten.forms.FieldRule.display;
import static id.kompeten.forms.FieldRule.integer;
import static id.kompeten.forms.FieldRule.likert;
import static id.kompeten.forms.FieldRule.text;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.FormSpec;
import id.kompeten.forms.FormValues;
import id.kompeten.process.ActivityProcess;
import id.kompeten.process.CaseVariables;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The mentor's form after a placement: the days present and the minutes of guided learning (the evidence of the JP,
 * within the period), the competence attained (L2, in place of a test) and how it is applied (L3), with notes. The
 * employee then reflects on it with the shared reflection form (EventForms.Reflect).
 */
final class PlacementForms {

    private PlacementForms() {}

    static final String DAYS_PRESENT = "daysPresent";
    static final String LEARNING_MINUTES = "learningMinutes";
    static final String COMPETENCE_ATTAINED = "competenceAttained";
    static final String APPLIED_ON_JOB = "appliedOnJob";
    static final String MENTOR_ASSESSMENT = "mentorAssessment";

    @Component
    static class Assess extends ActivityForm {

        private static final FormSpec SPEC = FormSpec.of("assess-placement",
                display(CaseVariables.EMPLOYEE_NAME), display(ActivityProcess.ACTIVITY_SUMMARY),
                integer(DAYS_PRESENT, true, 1, 366 * 2), integer(LEARNING_MINUTES, true, 1, 2L * 366 * 24 * 60),
                likert(COMPETENCE_ATTAINED), likert(APPLIED_ON_JOB), text(MENTOR_ASSESSMENT, true, TEXT_LIMIT));

        Assess(Activities activities, ActivitySummaries summaries) {
            super(activities, summaries, SPEC);
        }

        /** The days present fit in the period, and the minutes in those days. */
        @Override
        public List<FieldError> check(DelegateExecution execution, FormValues values) {
            DevelopmentActivity placement = activities.get(activityId(execution));
            long days = ChronoUnit.DAYS.between(placement.getStartsOn(), placement.getEndsOn()) + 1;
            List<FieldError> errors = new ArrayList<>();
            if (values.integer(DAYS_PRESENT) > days) {
                errors.add(new FieldError(DAYS_PRESENT, "form.integer.range", 1, days));
            } else if (values.integer(LEARNING_MINUTES) > values.integer(DAYS_PRESENT) * 24L * 60) {
                errors.add(new FieldError(LEARNING_MINUTES, "claim.minutes.range",
                        String.valueOf(values.integer(DAYS_PRESENT) * 24L * 60)));
            }
            return errors;
        }

        @Override
        public void submit(DelegateExecution execution, FormValues values) {
            activities.assessPlacement(activityId(execution), values.integer(DAYS_PRESENT),
                    values.integer(LEARNING_MINUTES), values.integer(COMPETENCE_ATTAINED), values.integer(APPLIED_ON_JOB),
                    values.text(MENTOR_ASSESSMENT));
        }
    }
}
