package id.kompeten.activity;

import static id.kompeten.forms.FieldRule.TEXT_LIMIT;
import static id.kompeten.forms.FieldRule.choice;
import static id.kompeten.forms.FieldRule.date;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The two forms of self-paced learning: the employee reports the modules completed and, when all are, the minutes of
 * learning and the completion certificate (the evidence of the JP), with their own rating of it (L1, L2 self-assessed)
 * and what they will apply; HR verify the report against the certificate, or refuse it with a reason.
 */
final class SelfPacedForms {

    private SelfPacedForms() {}

    static final String MODULES_COMPLETED = "modulesCompleted";
    static final String LEARNING_MINUTES = "learningMinutes";
    static final String CERTIFICATE_NUMBER = "certificateNumber";
    static final String COMPLETED_ON = "completedOn";
    static final String VERIFICATION_NOTE = "verificationNote";

    @Component
    static class ReportCompletion extends ActivityForm {

        private static final FormSpec SPEC = FormSpec.of("report-self-paced-completion",
                display(ActivityProcess.ACTIVITY_SUMMARY), integer(MODULES_COMPLETED, true, 0, 500),
                integer(LEARNING_MINUTES, false, 1, 366L * 24 * 60), text(CERTIFICATE_NUMBER, false, 100),
                date(COMPLETED_ON, false), likert(EventForms.USEFULNESS), likert(EventForms.LEARNING_RATING),
                text(EventForms.ACTION_PLAN, true, TEXT_LIMIT));

        private final Clock clock;

        ReportCompletion(Activities activities, ActivitySummaries summaries, Clock clock) {
            super(activities, summaries, SPEC);
            this.clock = clock;
        }

        /** No more modules than the learning has; all of them completed: the minutes, certificate and day, in its period. */
        @Override
        public List<FieldError> check(DelegateExecution execution, FormValues values) {
            DevelopmentActivity learning = activities.get(activityId(execution));
            if (values.integer(MODULES_COMPLETED) > learning.getModulesTotal()) {
                return List.of(new FieldError(MODULES_COMPLETED, "form.integer.range", 0, learning.getModulesTotal()));
            }
            if (values.integer(MODULES_COMPLETED) < learning.getModulesTotal()) {
                return List.of();
            }
            List<FieldError> errors = new ArrayList<>();
            for (String field : List.of(LEARNING_MINUTES, CERTIFICATE_NUMBER, COMPLETED_ON)) {
                if (!values.has(field)) {
                    errors.add(new FieldError(field, "activity.requiredWhenCompleted"));
                }
            }
            LocalDate today = LocalDate.now(clock.withZone(Activities.WIB));
            if (values.has(COMPLETED_ON) && (values.date(COMPLETED_ON).isBefore(learning.getStartsOn())
                    || values.date(COMPLETED_ON).isAfter(today))) {
                errors.add(new FieldError(COMPLETED_ON, "activity.session.date", learning.getStartsOn().toString()));
            }
            return errors;
        }

        @Override
        public void submit(DelegateExecution execution, FormValues values) {
            long id = activityId(execution);
            activities.reportCompletion(id, values.integer(MODULES_COMPLETED), values.integer(LEARNING_MINUTES),
                    values.text(CERTIFICATE_NUMBER), values.date(COMPLETED_ON), values.integer(EventForms.USEFULNESS),
                    values.integer(EventForms.LEARNING_RATING), values.text(EventForms.ACTION_PLAN));
            execution.setVariable(ActivityProcess.SELF_PACED_COMPLETED, activities.get(id).isAllModulesCompleted());
        }
    }

    @Component
    static class VerifyCompletion extends ActivityForm {

        private static final FormSpec SPEC = FormSpec.of("verify-self-paced-completion",
                display(CaseVariables.EMPLOYEE_NAME), display(ActivityProcess.ACTIVITY_SUMMARY),
                choice(ActivityProcess.COMPLETION_VERIFIED, true, "true", "false"),
                text(VERIFICATION_NOTE, false, TEXT_LIMIT));

        VerifyCompletion(Activities activities, ActivitySummaries summaries) {
            super(activities, summaries, SPEC);
        }

        /** A refusal says why. */
        @Override
        public List<FieldError> check(DelegateExecution execution, FormValues values) {
            return !values.bool(ActivityProcess.COMPLETION_VERIFIED) && !values.has(VERIFICATION_NOTE)
                    ? List.of(new FieldError(VERIFICATION_NOTE, "activity.requiredWhenRefused")) : List.of();
        }

        @Override
        public void submit(DelegateExecution execution, FormValues values) {
            boolean verified = values.bool(ActivityProcess.COMPLETION_VERIFIED);
            activities.verifyCompletion(activityId(execution), verified, values.text(VERIFICATION_NOTE),
                    CaseContext.of(execution).actor());
            execution.setVariable(ActivityProcess.COMPLETION_VERIFIED, verified);
        }
    }
}
