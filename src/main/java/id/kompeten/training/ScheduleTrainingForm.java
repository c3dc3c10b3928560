package id.kompeten.training;

import static id.kompeten.forms.FieldRule.display;
import static id.kompeten.forms.FieldRule.integer;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.FormSpec;
import id.kompeten.forms.FormValues;
import id.kompeten.forms.JsonVariables;
import id.kompeten.forms.TaskForm;
import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseVariables;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * HR's scheduling form. Its choices are the sessions on offer for this case (those the enrolment would
 * accept), worked out whenever the form is read, so the seats shown are current; beside them, the sessions for
 * the same needs that are not offered, each with the reason. Neither is stored.
 */
@Component
class ScheduleTrainingForm implements TaskForm {

    private static final FormSpec SPEC = FormSpec.of("schedule-training",
            display(CaseVariables.EMPLOYEE_NAME),
            display(CaseVariables.NEEDS_SUMMARY),
            display(CaseVariables.ENROLLMENT_REFUSAL),
            display(CaseVariables.SESSIONS_NOT_OFFERED),
            integer(CaseVariables.TRAINING_SESSION_ID, true, 1, Integer.MAX_VALUE));

    private final SessionOffer offer;

    ScheduleTrainingForm(SessionOffer offer) {
        this.offer = offer;
    }

    @Override
    public FormSpec spec() {
        return SPEC;
    }

    @Override
    public void show(DelegateTask task, VariableMap shown) {
        CaseContext context = CaseContext.of(task);
        SessionOffer.Offer offered = offer.offerFor(context.caseNumber(), context.employeeNip(), context.round());
        List<Map<String, String>> options = offered.options().stream()
                .map(o -> Map.of("value", String.valueOf(o.sessionId()), "label", o.label())).toList();
        shown.putValueTyped(CaseVariables.SESSION_OPTIONS, JsonVariables.json(options));
        shown.putValue(CaseVariables.SESSIONS_NOT_OFFERED, offered.notOffered().isEmpty() ? null
                : offered.notOffered().stream().map(n -> "• " + n.label() + ": " + n.reason())
                        .collect(Collectors.joining("\n")));
    }

    @Override
    public List<FieldError> check(DelegateExecution execution, FormValues values) {
        CaseContext context = CaseContext.of(execution);
        long chosen = values.integer(CaseVariables.TRAINING_SESSION_ID);
        boolean offered = offer.offeredFor(context.caseNumber(), context.employeeNip(), context.round()).stream()
                .anyMatch(o -> o.sessionId() == chosen);
        return offered ? List.of()
                : List.of(new FieldError(CaseVariables.TRAINING_SESSION_ID, "form.session.notOffered", chosen));
    }

    @Override
    public void submit(DelegateExecution execution, FormValues values) {
        execution.setVariable(CaseVariables.TRAINING_SESSION_ID,
                values.integer(CaseVariables.TRAINING_SESSION_ID).longValue());
    }
}
