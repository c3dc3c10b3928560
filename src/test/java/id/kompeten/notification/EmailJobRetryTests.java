package id.kompeten.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What the engine does with a failed job, through the failed-job command the plugin gave it: a job that failed only
 * because the database was gone keeps its retries and is free to run again at once; any other failure costs an
 * email job a try on its retry cycle (R3/PT1M in application-test.yaml: three tries in all, a minute apart).
 * The job executor is off in the test profile, so the job stays where the command leaves it.
 */
@SpringBootTest
@ActiveProfiles("test")
class EmailJobRetryTests {

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate db;

    String jobId;

    ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /** An email job as a node holds it while it runs: locked by that node for the lock time. */
    String runningEmailJob() {
        return configuration().getCommandExecutorTxRequired().execute(context -> {
            MessageEntity job = new MessageEntity();
            job.setJobHandlerType(EmailJobHandler.TYPE);
            job.setJobHandlerConfiguration(new EmailJobHandler.MessageRow(-1));
            job.setLockOwner("node-a");
            job.setLockExpirationTime(new Date(ClockUtil.getCurrentTime().getTime() + 60_000));
            context.getJobManager().insertJob(job);
            return job.getId();
        });
    }

    void failed(Throwable failure) {
        Command<Object> command = configuration().getFailedJobCommandFactory().getCommand(jobId, failure);
        configuration().getCommandExecutorTxRequired().execute(command);
    }

    Map<String, Object> row() {
        return db.queryForMap("select retries_, lock_owner_, lock_exp_time_, duedate_, exception_msg_ from act_ru_job"
                + " where id_ = ?", jobId);
    }

    @AfterEach
    void removeTheJob() {
        if (jobId != null) {
            engine.getManagementService().deleteJob(jobId);
        }
    }

    @Test
    void aJobThatFailedForWantOfTheDatabaseKeepsItsRetriesAndIsFreeToRunAtOnce() {
        jobId = runningEmailJob();
        int retries = ((Number) row().get("RETRIES_")).intValue();

        failed(new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"
                        + " after 10000ms", new SQLException("Connection to localhost:5432 refused.", "08001"))));

        Map<String, Object> job = row();
        assertThat(((Number) job.get("RETRIES_")).intValue()).as("retries").isEqualTo(retries);
        assertThat(job.get("LOCK_OWNER_")).as("unlocked").isNull();
        assertThat(job.get("LOCK_EXP_TIME_")).isNull();
        assertThat(job.get("DUEDATE_")).as("due as before: at once").isNull();
        assertThat(job.get("EXCEPTION_MSG_")).as("still on its first real failure, for the retry cycle").isNull();
        assertThat(engine.getRuntimeService().createIncidentQuery().configuration(jobId).count()).isZero();
    }

    @Test
    void anyOtherFailureCostsATryAndWaitsForTheRetryCycle() {
        jobId = runningEmailJob();
        Instant before = ClockUtil.getCurrentTime().toInstant();

        failed(new IllegalStateException("SMTP server refused the message"));

        Map<String, Object> job = row();
        assertThat(((Number) job.get("RETRIES_")).intValue()).as("three tries, one spent").isEqualTo(2);
        assertThat(job.get("LOCK_OWNER_")).isNull();
        assertThat(((Timestamp) job.get("DUEDATE_")).toInstant()).as("a minute later")
                .isAfterOrEqualTo(before.plus(Duration.ofMinutes(1)).minusSeconds(1));
        assertThat(job.get("EXCEPTION_MSG_")).isEqualTo("SMTP server refused the message");
    }
}
