package id.kompeten.notification;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;

/** The Camunda job that sends one recorded email (configuration: the email_message id), made by its step. */
class EmailJobHandler implements JobHandler<EmailJobHandler.MessageRow> {

    static final String TYPE = "kompeten-email";

    record MessageRow(long id) implements JobHandlerConfiguration {
        @Override
        public String toCanonicalString() {
            return String.valueOf(id);
        }
    }

    private final Supplier<EmailDelivery> delivery;

    EmailJobHandler(Supplier<EmailDelivery> delivery) {
        this.delivery = delivery;
    }

    /**
     * Creates the job in the step's transaction, so it exists if and only if the step commits. It belongs to the
     * case (process instance, and the step's job definition: Cockpit shows it and its incident at the email step)
     * but not to the step's execution, which may end in this very transaction and would take its jobs with it.
     */
    static void schedule(ExecutionEntity step, long messageId) {
        MessageEntity job = new MessageEntity();
        job.setJobHandlerType(TYPE);
        job.setJobHandlerConfiguration(new MessageRow(messageId));
        job.setProcessInstanceId(step.getProcessInstanceId());
        job.setRootProcessInstanceId(step.getRootProcessInstanceId());
        job.setProcessDefinitionId(step.getProcessDefinitionId());
        job.setProcessDefinitionKey(step.getProcessDefinition().getKey());
        job.setDeploymentId(step.getProcessDefinition().getDeploymentId());
        job.setTenantId(step.getTenantId());
        job.setActivityId(step.getActivityId()); // for its history log; the job definition gives it later
        JobEntity stepJob = Context.getCommandContext().getCurrentJob();
        if (stepJob != null) {
            job.setJobDefinitionId(stepJob.getJobDefinitionId());
        }
        Context.getCommandContext().getJobManager().send(job);
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(MessageRow row, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
        delivery.get().deliver(row.id());
    }

    @Override
    public MessageRow newConfiguration(String canonicalString) {
        return new MessageRow(Long.parseLong(canonicalString));
    }

    @Override
    public void onDelete(MessageRow row, JobEntity job) {
        // nothing of its own to clean up: the row stays as the record of the email
    }
}
