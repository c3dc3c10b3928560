package id.kompeten.activity;

import static id.kompeten.forms.FieldRule.TEXT_LIMIT;
import static id.kompeten.forms.FieldRule.choice;
import static id.kompeten.forms.FieldRule.display;
import static id.kompeten.forms.FieldRule.integer;
import static id.kompeten.forms.FieldRule.likert;
import static id.kompeten.forms.FieldRule.text;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.FormSpec;
import id.kompeten.forms.FormValues;
import id.kompeten.process.ActivityProcess;
import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseVariables;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The two forms of an event (seminar, workshop, ...): HR record the attendance after it from the organiser's list
 * and certificate (the evidence of the JP), and the employee reflects on it: how useful it was (L1), how much they
 * learned (L2, self-assessed), and what they will apply (their action plan).
 */
final class EventForms {

    private EventForms() {}

    static final String ATTENDED_MINUTES = "attendedMinutes";
    static final String CERTIFICATE_NUMBER = "certificateNumber";
    static final String USEFULNESS = "usefulness";
    static final String LEARNING_RATING = "learningRating";
    static final String ACTION_PLAN = "actionPlan";

    @Component
    static class RecordAttendance extends ActivityForm {

        private static final FormSpec SPEC = FormSpec.of("record-event-attendance",
                display(CaseVariables.EMPLOYEE_NAME), display(ActivityProcess.ACTIVITY_SUMMARY),
                choice(ActivityProcess.EVENT_ATTENDED, true, "true", "false"),
                integer(ATTENDED_MINUTES, false, 1, 366L * 24 * 60), text(CERTIFICATE_NUMBER, false, 100));


        RecordAttendance(Activities activities, ActivitySummaries summaries) {
            super(activities, summaries, SPEC);
        }

        /** Attended: its minutes are required and fit in the event's days. */
        @Override
        public List<FieldError> check(DelegateExecution execution, FormValues values) {
            if (!"true".equals(values.text(ActivityProcess.EVENT_ATTENDED))) {
                return List.of();
            }
            if (!values.has(ATTENDED_MINUTES)) {
                return List.of(new FieldError(ATTENDED_MINUTES, "form.requiredWhenAttended"));
            }
            DevelopmentActivity event = activities.get(activityId(execution));
            long max = (ChronoUnit.DAYS.between(event.getStartsOn(), event.getEndsOn()) + 1) * 24 * 60;
            return values.integer(ATTENDED_MINUTES) > max
                    ? List.of(new FieldError(ATTENDED_MINUTES, "claim.minutes.range", String.valueOf(max))) : List.of();
        }

        @Override
        public void submit(DelegateExecution execution, FormValues values) {
            boolean attended = "true".equals(values.text(ActivityProcess.EVENT_ATTENDED));
            activities.recordAttendance(activityId(execution), attended,
                    attended ? values.integer(ATTENDED_MINUTES) : null,
                    values.has(CERTIFICATE_NUMBER) ? values.text(CERTIFICATE_NUMBER) : null,
                    CaseContext.of(execution).actor());
            execution.setVariable(ActivityProcess.EVENT_ATTENDED, attended);
        }
    }

    @Component
    static class Reflect extends ActivityForm {

        private static final FormSpec SPEC = FormSpec.of("fill-event-reflection",
                display(ActivityProcess.ACTIVITY_SUMMARY), likert(USEFULNESS), likert(LEARNING_RATING),
                text(ACTION_PLAN, true, TEXT_LIMIT));


        Reflect(Activities activities, ActivitySummaries summaries) {
            super(activities, summaries, SPEC);
        }

        @Override
        public void submit(DelegateExecution execution, FormValues values) {
            activities.reflect(activityId(execution), values.integer(USEFULNESS), values.integer(LEARNING_RATING),
                    values.text(ACTION_PLAN));
        }
    }
}
