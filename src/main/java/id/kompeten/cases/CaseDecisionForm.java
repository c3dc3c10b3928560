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

/**
 * A person decides the case's next step on the evaluation's summary: a choice and a note, kept as a
 * {@link CaseDecision} of its kind and the choice set for the gateway after the task.
 */
abstract class CaseDecisionForm implements TaskForm {

    private final FormSpec spec;
    private final String kind;
    private final String choice;
    private final String note;
    private final CaseDecisionRepository decisions;
    private final Clock clock;

    CaseDecisionForm(String form, String kind, String choice, String note, boolean noteRequired,
                     CaseDecisionRepository decisions, Clock clock, String... options) {
        this.spec = FormSpec.of(form,
                display(CaseVariables.EMPLOYEE_NAME),
                display(CaseVariables.FOLLOW_UP_SUMMARY),
                choice(choice, true, options),
                text(note, noteRequired, TEXT_LIMIT));
        this.kind = kind;
        this.choice = choice;
        this.note = note;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** The decision as the case file keeps it (APPROVED, NEW_ROUND, …). */
    abstract String decision(FormValues values);

    /** The choice as the gateway after the task reads it. */
    abstract Object choiceValue(FormValues values);

    @Override
    public FormSpec spec() {
        return spec;
    }

    @Override
    public void submit(DelegateExecution execution, FormValues values) {
        CaseContext context = CaseContext.of(execution);
        decisions.save(new CaseDecision(context.caseNumber(), context.round(), kind, decision(values),
                values.text(note), context.actor(), clock.instant()));
        execution.setVariable(choice, choiceValue(values));
    }
}
