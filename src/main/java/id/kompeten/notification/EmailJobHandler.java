package id.kompeten.notification;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;

/** The Camunda job that sends one recorded email (configuration: the email_message id) once a send of it failed. */
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
     * Creates the job of an email whose send after its step failed ({@link EmailDrain}), in a command of its own.
     * It belongs to the case (process instance, and the step's job definition: Cockpit shows it and its incident at
     * the email step) but not to the step's execution, which may have ended since, and would take its jobs with it.
     * Due at once, with Camunda's default retries: its first failure sets them from kompeten.mail.retry-cycle
     * ({@link EmailJobRetryCmd}), as for any email job.
     */
    static String handOver(CommandContext commandContext, long messageId, String activityId,
                           EmailMessage.Origin origin) {
        MessageEntity job = new MessageEntity();
        job.setJobHandlerType(TYPE);
        job.setJobHandlerConfiguration(new MessageRow(messageId));
        job.setProcessInstanceId(origin.processInstanceId());
        job.setRootProcessInstanceId(origin.rootProcessInstanceId());
        if (origin.processDefinitionId() != null) {
            ProcessDefinitionEntity definition = commandContext.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(origin.processDefinitionId());
            job.setProcessDefinitionId(definition.getId());
            job.setProcessDefinitionKey(definition.getKey());
            job.setDeploymentId(definition.getDeploymentId());
            job.setTenantId(definition.getTenantId());
        }
        job.setActivityId(activityId); // for its history log; the job definition gives it later
        job.setJobDefinitionId(origin.jobDefinitionId());
        commandContext.getJobManager().send(job);
        return job.getId();
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(MessageRow row, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
        delivery.get().deliver(row.id(), true);
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
