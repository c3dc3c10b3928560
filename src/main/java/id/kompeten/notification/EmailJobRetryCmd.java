package id.kompeten.notification;

import id.kompeten.system.DatabaseUnavailable;
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
 *
 * <p>A job of any type that failed only because the database was gone (a restart of PostgreSQL) keeps its retries
 * and is due again at once: the job did nothing wrong, and a restart must not turn emails into incidents or hold
 * them back for the retry cycle's five minutes. This command runs in a transaction of its own after the job's was
 * rolled back: while the database is still down it fails as well, and the job stays locked until its lock expires
 * (a minute), untouched; once the database answers again, it unlocks the job.
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
        if (job != null && DatabaseUnavailable.in(exception)) {
            // Camunda's standard strategy without the decrement. The exception is not kept on the job (its failed
            // run is in the job log): a job with no exception yet still counts as on its first failure, when a
            // retry cycle sets its retries
            job.unlock();
            notifyAcquisition(commandContext);
            return null;
        }
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
