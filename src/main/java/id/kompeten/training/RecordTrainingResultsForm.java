package id.kompeten.training;

import static id.kompeten.forms.FieldRule.choice;
import static id.kompeten.forms.FieldRule.display;
import static id.kompeten.forms.FieldRule.integer;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.FormSpec;
import id.kompeten.forms.FormValues;
import id.kompeten.forms.TaskForm;
import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseVariables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** HR records attendance, attended minutes and the pre/post test scores once the session has ended. */
@Component
class RecordTrainingResultsForm implements TaskForm {

    static final String ATTENDED_MINUTES = "attendedMinutes";

    private static final FormSpec SPEC = FormSpec.of("record-training-results",
            display(CaseVariables.EMPLOYEE_NAME),
            display(CaseVariables.SESSION_SUMMARY),
            choice(CaseVariables.ATTENDED, true, "true", "false"),
            integer(ATTENDED_MINUTES, false, 1, 100_000),
            integer(CaseVariables.PRE_TEST_SCORE, false, 0, 100),
            integer(CaseVariables.POST_TEST_SCORE, false, 0, 100));

    private final Enrollments enrollments;

    RecordTrainingResultsForm(Enrollments enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    public FormSpec spec() {
        return SPEC;
    }

    @Override
    public List<FieldError> check(DelegateExecution execution, FormValues values) {
        List<FieldError> errors = new ArrayList<>();
        if (values.bool(CaseVariables.ATTENDED)) {
            for (String key : List.of(ATTENDED_MINUTES, CaseVariables.PRE_TEST_SCORE, CaseVariables.POST_TEST_SCORE)) {
                if (!values.has(key)) {
                    errors.add(new FieldError(key, "form.required"));
                }
            }
            int sessionMinutes = enrollments.current(CaseContext.of(execution).caseNumber()).getSession().getMinutes();
            if (values.has(ATTENDED_MINUTES) && values.integer(ATTENDED_MINUTES) > sessionMinutes) {
                errors.add(new FieldError(ATTENDED_MINUTES, "form.minutes.tooMany", sessionMinutes));
            }
        }
        return errors;
    }

    @Override
    public void submit(DelegateExecution execution, FormValues values) {
        Enrollment enrollment = enrollments.current(CaseContext.of(execution).caseNumber());
        boolean attended = values.bool(CaseVariables.ATTENDED);
        execution.setVariable(CaseVariables.ATTENDED, attended);
        if (attended) {
            enrollments.recordAttendance(enrollment, values.integer(ATTENDED_MINUTES),
                    values.integer(CaseVariables.PRE_TEST_SCORE), values.integer(CaseVariables.POST_TEST_SCORE));
            execution.setVariable(CaseVariables.PRE_TEST_SCORE, values.integer(CaseVariables.PRE_TEST_SCORE));
            execution.setVariable(CaseVariables.POST_TEST_SCORE, values.integer(CaseVariables.POST_TEST_SCORE));
        } else {
            enrollments.recordAbsence(enrollment);
        }
    }
}
