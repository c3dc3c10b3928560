package id.kompeten.notification;

import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The BPMN step whose delegate is running on this thread and asks for an email: the engine keeps it (the execution
 * of the operation it performs), so features ask for emails with values only and no execution in hand. Its
 * activity and pass are part of each email's idempotency key; its case carries the job that sends it.
 */
final class RunningStep {

    private RunningStep() {}

    static ExecutionEntity execution() {
        BpmnExecutionContext context = Context.getCommandContext() == null ? null : Context.getBpmnExecutionContext();
        if (context == null || context.getExecution() == null) {
            throw new IllegalStateException("an email is asked for by a BPMN step (its delegate), and none is running");
        }
        return context.getExecution();
    }

    /** The job running this step: the same for every retry and re-run of it, new for the next pass. */
    static String pass(ExecutionEntity execution) {
        JobEntity job = Context.getCommandContext().getCurrentJob();
        return job != null ? "j" + job.getId() : "a" + execution.getActivityInstanceId();
    }
}
