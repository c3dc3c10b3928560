package id.kompeten.cases;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.FormValues;
import id.kompeten.process.CaseVariables;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The supervisor approves follow-up (remedial) training, or rejects it with a reason. */
@Component
class ApproveFollowUpForm extends CaseDecisionForm {

    static final String NOTE = "followUpNote";

    ApproveFollowUpForm(CaseDecisionRepository decisions, Clock clock) {
        super("approve-follow-up", "FOLLOW_UP_APPROVAL", CaseVariables.FOLLOW_UP_APPROVED, NOTE, false, decisions, clock,
                "true", "false");
    }

    @Override
    public List<FieldError> check(DelegateExecution execution, FormValues values) {
        return !values.bool(CaseVariables.FOLLOW_UP_APPROVED) && !values.has(NOTE)
                ? List.of(new FieldError(NOTE, "form.requiredWhenRejected")) : List.of();
    }

    @Override
    String decision(FormValues values) {
        return values.bool(CaseVariables.FOLLOW_UP_APPROVED) ? "APPROVED" : "REJECTED";
    }

    @Override
    Object choiceValue(FormValues values) {
        return values.bool(CaseVariables.FOLLOW_UP_APPROVED);
    }
}
