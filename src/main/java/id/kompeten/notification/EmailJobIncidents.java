package id.kompeten.notification;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;

/**
 * Camunda's handler of failed-job incidents, which puts the incident of an email job on its case: the job has no
 * execution of its own (see {@link EmailJobHandler#schedule}), so the incident goes on the case's process
 * instance while it runs. When the case ends first, the incident is kept, on the process definition.
 */
class EmailJobIncidents extends DefaultIncidentHandler {

    EmailJobIncidents() {
        super(Incident.FAILED_JOB_HANDLER_TYPE);
    }

    @Override
    public Incident createIncident(IncidentContext context, String message) {
        JobEntity job = emailJob(context);
        if (job != null && context.getExecutionId() == null && job.getProcessInstanceId() != null
                && Context.getCommandContext().getExecutionManager().findExecutionById(job.getProcessInstanceId()) != null) {
            context.setExecutionId(job.getProcessInstanceId());
        }
        return super.createIncident(context, message);
    }

    @Override
    public void deleteIncident(IncidentContext context) {
        super.deleteIncident(context);
        // called with an execution when that execution ends: an email job still failed keeps its incident
        JobEntity job = context.getExecutionId() == null ? null : emailJob(context);
        if (job != null && job.getRetries() == 0) {
            IncidentContext detached = new IncidentContext();
            detached.setConfiguration(job.getId());
            detached.setProcessDefinitionId(job.getProcessDefinitionId());
            detached.setTenantId(job.getTenantId());
            detached.setJobDefinitionId(job.getJobDefinitionId());
            detached.setActivityId(job.getActivityId());
            detached.setFailedActivityId(job.getFailedActivityId());
            IncidentEntity.createAndInsertIncident(type, detached, job.getExceptionMessage());
        }
    }

    private static JobEntity emailJob(IncidentContext context) {
        if (context.getConfiguration() == null) {
            return null;
        }
        JobEntity job = Context.getCommandContext().getJobManager().findJobById(context.getConfiguration());
        return job != null && EmailJobHandler.TYPE.equals(job.getJobHandlerType()) ? job : null;
    }
}
