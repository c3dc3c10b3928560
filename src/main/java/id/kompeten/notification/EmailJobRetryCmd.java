package id.kompeten.notification;

import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;

/**
 * Camunda's retry strategy for every failed job, plus ours for email jobs: Camunda applies a
 * failedJobRetryTimeCycle only to job types it knows (async continuations, timers), and would retry an email job
 * three times at once. Ours applies kompeten.mail.retry-cycle the way Camunda applies a cycle.
 */
class EmailJobRetryCmd extends DefaultJobRetryCmd {

    private final String cycle;

    EmailJobRetryCmd(String jobId, Throwable exception, String cycle) {
        super(jobId, exception);
        this.cycle = cycle;
    }

    @Override
    public Object execute(CommandContext commandContext) {
        JobEntity job = getJob();
        if (job == null || !EmailJobHandler.TYPE.equals(job.getJobHandlerType())) {
            return super.execute(commandContext);
        }
        try {
            executeCustomStrategy(commandContext, job, null);
        } catch (Exception e) {
            executeStandardStrategy(commandContext);
        }
        return null;
    }

    @Override
    public FailedJobRetryConfiguration getFailedJobRetryConfiguration(JobEntity job, ActivityImpl activity) {
        return activity == null ? ParseUtil.parseRetryIntervals(cycle) : super.getFailedJobRetryConfiguration(job, activity);
    }
}
