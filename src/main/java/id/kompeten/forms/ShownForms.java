package id.kompeten.forms;

import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * A task's form variables (Tasklist's form-variables, FormService.getTaskFormVariables) with what its form shows
 * ({@link TaskForm#show}), worked out when they are read rather than stored on the task when it is made: the
 * engine first checks, as ever, that the task exists and that the user may read it; then the form's values are
 * added, in place of a variable of the same name. So a task writes no variable rows for its rows to rate or its
 * summaries, and never removes them again.
 */
class ShownForms extends CommandInterceptor {

    private final Function<String, Optional<TaskForm>> forms;

    ShownForms(Function<String, Optional<TaskForm>> forms) {
        this.forms = forms;
    }

    @Override
    public <T> T execute(Command<T> command) {
        T result = next.execute(command);
        if (command instanceof GetTaskFormVariablesCmd read && result instanceof VariableMap variables) {
            TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(read.resourceId);
            VariableMap shown = shown(forms, task);
            for (String name : shown.keySet()) {
                if (read.formVariableNames == null || read.formVariableNames.contains(name)) {
                    variables.putValueTyped(name, shown.getValueTyped(name));
                }
            }
        }
        return result;
    }

    /** What the form of this task shows beyond the case's variables; empty for a task without one of our forms. */
    static VariableMap shown(Function<String, Optional<TaskForm>> forms, TaskEntity task) {
        UserTask userTask = task == null || task.getExecutionId() == null ? null : task.getBpmnModelElementInstance();
        return userTask == null || userTask.getCamundaFormRef() == null ? Variables.createVariables()
                : shown(forms.apply(userTask.getCamundaFormRef()).orElse(null), task);
    }

    /** What this form (or none) shows for the task. */
    static VariableMap shown(TaskForm form, TaskEntity task) {
        VariableMap shown = Variables.createVariables();
        if (form != null) {
            form.show(task, shown);
        }
        return shown;
    }
}
