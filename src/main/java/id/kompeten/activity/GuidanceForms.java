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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The four forms of a guided activity, each its owner's: the coach agrees the goals, logs each session and closes
 * with an assessment (the evidence of learning, L2, and of applying it on the job, L3); the employee rates it (the
 * reaction, L1). Each writes its answers once into the activity's tables; the process keeps only the next step.
 */
final class GuidanceForms {

    private GuidanceForms() {}

    static final String GOALS = "goals";
    static final String PLANNED_SESSIONS = "plannedSessions";
    static final String HELD_ON = "heldOn";
    static final String SESSION_MINUTES = "sessionMinutes";
    static final String SESSION_NOTES = "sessionNotes";
    static final String GOALS_ATTAINED = "goalsAttained";
    static final String APPLIED_ON_JOB = "appliedOnJob";
    static final String CLOSING_NOTE = "closingNote";
    static final String USEFULNESS = "usefulness";
    static final String COACH_HELPFULNESS = "coachHelpfulness";
    static final String PARTICIPANT_COMMENT = "participantComment";

    @Component
    static class AgreeGoals extends ActivityForm {

        private static final FormSpec SPEC = FormSpec.of("agree-guidance-goals",
                display(CaseVariables.EMPLOYEE_NAME), display(ActivityProcess.ACTIVITY_SUMMARY),
                text(GOALS, true, TEXT_LIMIT), integer(PLANNED_SESSIONS, true, 1, 52));


        AgreeGoals(Activities activities, ActivitySummaries summaries) {
            super(activities, summaries, SPEC);
        }

        @Override
        public void submit(DelegateExecution execution, FormValues values) {
            activities.agreeGoals(activityId(execution), values.text(GOALS), values.integer(PLANNED_SESSIONS));
        }
    }

    @Component
    static class LogSession extends ActivityForm {

        static final String ANOTHER = "ANOTHER";
        static final String CLOSE = "CLOSE";
        private static final FormSpec SPEC = FormSpec.of("log-guidance-session",
                display(CaseVariables.EMPLOYEE_NAME), display(ActivityProcess.ACTIVITY_SUMMARY),
                text(HELD_ON, true, 10), integer(SESSION_MINUTES, true, 1, 480), text(SESSION_NOTES, true, TEXT_LIMIT),
                choice(ActivityProcess.NEXT_STEP, true, ANOTHER, CLOSE));

        private final java.time.Clock clock;

        LogSession(Activities activities, ActivitySummaries summaries, java.time.Clock clock) {
            super(activities, summaries, SPEC);
            this.clock = clock;
        }

        /** The session's date: a day from the activity's start to today (WIB). */
        @Override
        public List<FieldError> check(DelegateExecution execution, FormValues values) {
            LocalDate heldOn;
            try {
                heldOn = LocalDate.parse(values.text(HELD_ON));
            } catch (DateTimeParseException e) {
                return List.of(new FieldError(HELD_ON, "form.date.type"));
            }
            LocalDate started = activities.get(activityId(execution)).getStartedAt().atZone(Activities.WIB).toLocalDate();
            if (heldOn.isAfter(LocalDate.now(clock.withZone(Activities.WIB))) || heldOn.isBefore(started)) {
                return List.of(new FieldError(HELD_ON, "activity.session.date", started.toString()));
            }
            return List.of();
        }

        @Override
        public void submit(DelegateExecution execution, FormValues values) {
            activities.logSession(activityId(execution), LocalDate.parse(values.text(HELD_ON)),
                    values.integer(SESSION_MINUTES), values.text(SESSION_NOTES), CaseContext.of(execution).actor());
            execution.setVariable(ActivityProcess.NEXT_STEP, values.text(ActivityProcess.NEXT_STEP));
        }
    }

    @Component
    static class Close extends ActivityForm {

        private static final FormSpec SPEC = FormSpec.of("close-guidance",
                display(CaseVariables.EMPLOYEE_NAME), display(ActivityProcess.ACTIVITY_SUMMARY),
                likert(GOALS_ATTAINED), likert(APPLIED_ON_JOB), text(CLOSING_NOTE, true, TEXT_LIMIT));


        Close(Activities activities, ActivitySummaries summaries) {
            super(activities, summaries, SPEC);
        }

        @Override
        public void submit(DelegateExecution execution, FormValues values) {
            activities.close(activityId(execution), values.integer(GOALS_ATTAINED), values.integer(APPLIED_ON_JOB),
                    values.text(CLOSING_NOTE));
        }
    }

    @Component
    static class Rate extends ActivityForm {

        private static final FormSpec SPEC = FormSpec.of("rate-guidance",
                display(ActivityProcess.ACTIVITY_SUMMARY), likert(USEFULNESS), likert(COACH_HELPFULNESS),
                text(PARTICIPANT_COMMENT, false, TEXT_LIMIT));


        Rate(Activities activities, ActivitySummaries summaries) {
            super(activities, summaries, SPEC);
        }

        @Override
        public void submit(DelegateExecution execution, FormValues values) {
            activities.rate(activityId(execution), values.integer(USEFULNESS), values.integer(COACH_HELPFULNESS),
                    values.has(PARTICIPANT_COMMENT) ? values.text(PARTICIPANT_COMMENT) : null);
        }
    }
}
