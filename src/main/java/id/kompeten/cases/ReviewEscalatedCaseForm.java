package id.kompeten.cases;

import id.kompeten.forms.FormValues;
import id.kompeten.process.CaseVariables;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** HR reviews an escalated case: one more round of training, or close it, with notes either way. */
@Component
class ReviewEscalatedCaseForm extends CaseDecisionForm {

    static final String NOTES = "escalationNotes";

    ReviewEscalatedCaseForm(CaseDecisionRepository decisions, Clock clock) {
        super("review-escalated-case", "ESCALATION_REVIEW", CaseVariables.ESCALATION_RESOLUTION, NOTES, true, decisions,
                clock, "NEW_ROUND", "CLOSE");
    }

    @Override
    String decision(FormValues values) {
        return values.text(CaseVariables.ESCALATION_RESOLUTION);
    }

    @Override
    Object choiceValue(FormValues values) {
        return values.text(CaseVariables.ESCALATION_RESOLUTION);
    }
}
