package id.kompeten.forms;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The server side of one user task form: its field rules, what it shows when the task is created, the checks
 * that need the case's data, and what a valid submission records. One bean per form id.
 */
public interface TaskForm {

    FormSpec spec();

    /**
     * Sets the variables the form shows (choices, rows to rate) on the task itself ({@code setVariableLocal}):
     * Tasklist reads them from the task, and they end with it, leaving nothing on the case. The answers come
     * back with the completion, not as variables. Called on create (and claim, if drawn so).
     */
    default void prefill(DelegateTask task) {}

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
