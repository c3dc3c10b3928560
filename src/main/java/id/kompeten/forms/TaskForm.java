package id.kompeten.forms;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The server side of one user task form: its field rules, what it shows, the checks that need the case's data,
 * and what a valid submission records. One bean per form id.
 */
public interface TaskForm {

    FormSpec spec();

    /**
     * What the form shows beyond the case's variables (choices, rows to rate, summaries), worked out from our
     * tables whenever the form is read (Tasklist's form-variables, {@link ShownForms}) and put in {@code shown}:
     * never stored, so a task costs no variable rows for them and shows the data as it is when opened. The
     * answers come back with the completion, not as variables.
     */
    default void show(DelegateTask task, VariableMap shown) {}

    /** What a new task needs besides its form (its name, a request by email); called when it is created. */
    default void prepare(DelegateTask task) {}

    /** Checks across fields and against the case's data; each field already passed its own rule. */
    default List<FieldError> check(DelegateExecution execution, FormValues values) {
        return List.of();
    }

    /**
     * Records a valid submission in our tables and sets the figures the process reads as typed variables: the
     * answers themselves are not variables of the case (they came with the completion), so the process keeps
     * figures only.
     */
    void submit(DelegateExecution execution, FormValues values);
}
