package id.kompeten.forms;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Every user task's form, on the server. As a task listener on create it prepares what the task needs besides
 * its form (what the form shows is worked out when it is read: {@link ShownForms}). As the user task's execution
 * listener on
 * {@code end} it checks every answer, whether it came from Tasklist or straight from /engine-rest, and records
 * it in our tables: the answers the completion carried ({@link Submissions}; the engine never set them as
 * variables), or, for a completion that carried none, what waited on the task (a delegated task's answers, set
 * when it was resolved: those are removed once recorded). A refused answer throws
 * {@link FormFieldValidationException}: the REST API answers 400 naming the field and the completion rolls back,
 * so the case does not move. (An execution listener, because the engine wraps task-listener exceptions into a
 * generic error that REST answers with 500.)
 */
@Component("taskFormListener")
class TaskFormListener implements TaskListener, ExecutionListener {

    private final Map<String, TaskForm> forms;
    private final FormMessages messages;
    private final FormValidator validator = new FormValidator();

    public TaskFormListener(List<TaskForm> forms, FormMessages messages) {
        this.forms = forms.stream().collect(Collectors.toMap(f -> f.spec().formId(), f -> f));
        this.messages = messages;
    }

    /** The server's side of one form, if it is one of ours. */
    java.util.Optional<TaskForm> form(String formId) {
        return java.util.Optional.ofNullable(forms.get(formId));
    }

    /** The server's rules per form id, for the model checks. */
    public Map<String, FormSpec> specs() {
        return forms.values().stream().collect(Collectors.toMap(f -> f.spec().formId(), TaskForm::spec));
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            formOf(task.getBpmnModelElementInstance(), task.getTaskDefinitionKey()).prepare(task);
        }
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!ExecutionListener.EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
            return; // a task ended by a boundary event or a cancelled case was not submitted
        }
        TaskForm form = formOf(execution.getBpmnModelElementInstance(), execution.getCurrentActivityId());
        Submissions.Held submitted = Submissions.of(execution.getId());
        FormValidator.Result result = validator.validate(form.spec(), submitted != null ? submitted.values()::get : key -> {
            Object value = execution.getVariable(key);
            return value instanceof SpinJsonNode json ? json.toString() : value;
        });
        List<FieldError> errors = result.errors();
        if (errors.isEmpty()) {
            errors = form.check(execution, result.values());
        }
        if (!errors.isEmpty()) {
            Map<String, String> detail = errors.stream()
                    .collect(Collectors.toMap(FieldError::field, messages::describe, (a, b) -> a));
            throw new FormFieldValidationException(detail, messages.describe(errors));
        }
        if (submitted == null || submitted.onTheCase()) {
            form.spec().fields().stream()
                    .filter(f -> f.kind() != FieldRule.Kind.DISPLAY)
                    .forEach(f -> execution.removeVariable(f.key()));
        }
        form.submit(execution, result.values());
    }

    private TaskForm formOf(FlowElement element, String activityId) {
        String formId = ((UserTask) element).getCamundaFormRef();
        TaskForm form = forms.get(formId);
        if (form == null) {
            throw new IllegalStateException("No server-side rules for form " + formId + " of " + activityId);
        }
        return form;
    }
}
