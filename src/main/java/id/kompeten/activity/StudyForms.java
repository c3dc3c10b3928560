package id.kompeten.activity;

import static id.kompeten.forms.FieldRule.TEXT_LIMIT;
import static id.kompeten.forms.FieldRule.choice;
import static id.kompeten.forms.FieldRule.date;
import static id.kompeten.forms.FieldRule.decimal;
import static id.kompeten.forms.FieldRule.display;
import static id.kompeten.forms.FieldRule.integer;
import static id.kompeten.forms.FieldRule.text;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.FormSpec;
import id.kompeten.forms.FormValues;
import id.kompeten.process.ActivityProcess;
import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The forms of further study: HR record each semester from the institution's transcript (credits earned, the
 * semester's grade point, the transcript's number, whether the study goes on, ended with a degree or stopped), and
 * the supervisor confirms the return to duty. The employee then reflects on it with the shared reflection form.
 */
final class StudyForms {

    private StudyForms() {}

    static final String CONTINUING = "CONTINUING";
    static final String GRADUATED = "GRADUATED";
    static final String DISCONTINUED = "DISCONTINUED";
    static final String CREDITS_EARNED = "creditsEarned";
    static final String GRADE_POINT = "gradePoint";
    static final String TRANSCRIPT_NUMBER = "transcriptNumber";
    static final String GRADUATED_ON = "graduatedOn";
    static final String RETURNED_ON = "returnedOn";
    static final String RETURN_NOTE = "returnNote";

    @Component
    static class RecordSemester extends ActivityForm {

        private static final FormSpec SPEC = FormSpec.of("record-study-semester",
                display(CaseVariables.EMPLOYEE_NAME), display(ActivityProcess.ACTIVITY_SUMMARY),
                integer(CREDITS_EARNED, true, 0, 40), decimal(GRADE_POINT, true, 0, 400),
                text(TRANSCRIPT_NUMBER, true, 100), choice(ActivityProcess.STUDY_STATUS, true, CONTINUING, GRADUATED,
                        DISCONTINUED), date(GRADUATED_ON, false));

        private final Clock clock;

        RecordSemester(Activities activities, ActivitySummaries summaries, Clock clock) {
            super(activities, summaries, SPEC);
            this.clock = clock;
        }

        /** Graduated: the day of it, from the study's start to today. */
        @Override
        public List<FieldError> check(DelegateExecution execution, FormValues values) {
            if (!GRADUATED.equals(values.text(ActivityProcess.STUDY_STATUS))) {
                return List.of();
            }
            if (!values.has(GRADUATED_ON)) {
                return List.of(new FieldError(GRADUATED_ON, "activity.requiredWhenGraduated"));
            }
            LocalDate started = activities.get(activityId(execution)).getStartsOn();
            LocalDate on = values.date(GRADUATED_ON);
            return on.isBefore(started) || on.isAfter(LocalDate.now(clock.withZone(Activities.WIB)))
                    ? List.of(new FieldError(GRADUATED_ON, "activity.session.date", started.toString())) : List.of();
        }

        @Override
        public void submit(DelegateExecution execution, FormValues values) {
            long id = activityId(execution);
            String status = values.text(ActivityProcess.STUDY_STATUS);
            int semester = activities.recordSemester(id, values.integer(CREDITS_EARNED), values.decimal(GRADE_POINT),
                    values.text(TRANSCRIPT_NUMBER), status, values.date(GRADUATED_ON), CaseContext.of(execution).actor());
            execution.setVariable(ActivityProcess.STUDY_STATUS, status);
            execution.setVariable(ActivityProcess.SEMESTER_DUE_AT,
                    Activities.semesterDueAt(activities.get(id), semester + 1));
        }
    }

    @Component
    static class ConfirmReturn extends ActivityForm {

        private static final FormSpec SPEC = FormSpec.of("confirm-return-to-duty",
                display(CaseVariables.EMPLOYEE_NAME), display(ActivityProcess.ACTIVITY_SUMMARY),
                date(RETURNED_ON, true), text(RETURN_NOTE, true, TEXT_LIMIT));

        private final Clock clock;

        ConfirmReturn(Activities activities, ActivitySummaries summaries, Clock clock) {
            super(activities, summaries, SPEC);
            this.clock = clock;
        }

        /** Back at work after graduating, by today. */
        @Override
        public List<FieldError> check(DelegateExecution execution, FormValues values) {
            LocalDate graduated = activities.get(activityId(execution)).getCompletedOn();
            LocalDate on = values.date(RETURNED_ON);
            return on.isBefore(graduated) || on.isAfter(LocalDate.now(clock.withZone(Activities.WIB)))
                    ? List.of(new FieldError(RETURNED_ON, "activity.session.date", graduated.toString())) : List.of();
        }

        @Override
        public void submit(DelegateExecution execution, FormValues values) {
            activities.returnToDuty(activityId(execution), values.date(RETURNED_ON), values.text(RETURN_NOTE));
        }
    }
}
