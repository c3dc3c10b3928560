package id.kompeten.cases;

import static id.kompeten.forms.FieldRule.TEXT_LIMIT;
import static id.kompeten.forms.FieldRule.choice;
import static id.kompeten.forms.FieldRule.display;
import static id.kompeten.forms.FieldRule.text;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.FormSpec;
import id.kompeten.forms.FormValues;
import id.kompeten.forms.TaskForm;
import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseVariables;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The supervisor approves follow-up (remedial) training, or rejects it with a reason. */
@Component
class ApproveFollowUpForm implements TaskForm {

    static final String NOTE = "followUpNote";

    private static final FormSpec SPEC = FormSpec.of("approve-follow-up",
            display(CaseVariables.EMPLOYEE_NAME),
            display(CaseVariables.FOLLOW_UP_SUMMARY),
            choice(CaseVariables.FOLLOW_UP_APPROVED, true, "true", "false"),
            text(NOTE, false, TEXT_LIMIT));

    private final CaseDecisionRepository decisions;
    private final Clock clock;

    ApproveFollowUpForm(CaseDecisionRepository decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    @Override
    public FormSpec spec() {
        return SPEC;
    }

    @Override
    public List<FieldError> check(DelegateExecution execution, FormValues values) {
        return !values.bool(CaseVariables.FOLLOW_UP_APPROVED) && !values.has(NOTE)
                ? List.of(new FieldError(NOTE, "form.requiredWhenRejected")) : List.of();
    }

    @Override
    public void submit(DelegateExecution execution, FormValues values) {
        CaseContext context = CaseContext.of(execution);
        boolean approved = values.bool(CaseVariables.FOLLOW_UP_APPROVED);
        decisions.save(new CaseDecision(context.caseNumber(), context.round(), "FOLLOW_UP_APPROVAL",
                approved ? "APPROVED" : "REJECTED", values.text(NOTE), context.actor(), clock.instant()));
        execution.setVariable(CaseVariables.FOLLOW_UP_APPROVED, approved);
    }
}
