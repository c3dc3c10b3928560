package id.kompeten.cases;

import static id.kompeten.forms.FieldRule.TEXT_LIMIT;
import static id.kompeten.forms.FieldRule.choice;
import static id.kompeten.forms.FieldRule.display;
import static id.kompeten.forms.FieldRule.text;

import id.kompeten.forms.FormSpec;
import id.kompeten.forms.FormValues;
import id.kompeten.forms.TaskForm;
import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseVariables;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** HR reviews an escalated case: one more round of training, or close it, with notes either way. */
@Component
class ReviewEscalatedCaseForm implements TaskForm {

    static final String NOTES = "escalationNotes";

    private static final FormSpec SPEC = FormSpec.of("review-escalated-case",
            display(CaseVariables.EMPLOYEE_NAME),
            display(CaseVariables.FOLLOW_UP_SUMMARY),
            choice(CaseVariables.ESCALATION_RESOLUTION, true, "NEW_ROUND", "CLOSE"),
            text(NOTES, true, TEXT_LIMIT));

    private final CaseDecisionRepository decisions;
    private final Clock clock;

    ReviewEscalatedCaseForm(CaseDecisionRepository decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    @Override
    public FormSpec spec() {
        return SPEC;
    }

    @Override
    public void submit(DelegateExecution execution, FormValues values) {
        CaseContext context = CaseContext.of(execution);
        String resolution = values.text(CaseVariables.ESCALATION_RESOLUTION);
        decisions.save(new CaseDecision(context.caseNumber(), context.round(), "ESCALATION_REVIEW", resolution,
                values.text(NOTES), context.actor(), clock.instant()));
        execution.setVariable(CaseVariables.ESCALATION_RESOLUTION, resolution);
    }
}
