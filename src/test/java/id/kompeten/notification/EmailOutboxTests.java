package id.kompeten.notification;

import static id.kompeten.cases.CaseDriver.needsSurvey;
import static id.kompeten.process.CaseProcess.TASK_FILL_NEEDS_SURVEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.demo.DemoData;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An email goes out only for a step that committed (issue 10): a step that rolls back sends and records nothing,
 * a reminder for a task done before it is sent is not sent, and reminder timers racing the completion of their
 * tasks on many cases at once leave exactly the sent emails recorded, and no reminder for a task already done.
 */
@SpringBootTest
@ActiveProfiles("test")
class EmailOutboxTests {

    static final int SMTP_PORT = CaseEmailTests.freePort();
    static final String REMINDER_TIMER = "BoundaryEvent_NeedsSurveyReminder";
    static final String REMINDER_STEP = "EndEvent_NeedsSurveyReminderSent";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(CaseEmailTests.smtpOn(SMTP_PORT));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    /** Fails a step after it composed its email; notes the order in which steps that asked for email commit. */
    @TestConfiguration
    static class Steps {
        final AtomicBoolean failAfterNextRequest = new AtomicBoolean();
        /** A counter shared by the race's threads: orders commits without any clock. */
        final AtomicLong sequence = new AtomicLong();
        /** Idempotency key -> the sequence number taken just before its step's transaction commits. */
        final Map<String, Long> committing = new ConcurrentHashMap<>();

        @EventListener
        void failing(EmailRequested requested) {
            if (failAfterNextRequest.compareAndSet(true, false)) {
                throw new IllegalStateException("simulated failure after composing " + requested.idempotencyKey());
            }
        }

        @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
        void committing(EmailRequested requested) {
            committing.put(requested.idempotencyKey(), sequence.incrementAndGet());
        }
    }

    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Steps steps;
    @Autowired EmailDrain drain;
    /** How the races went (reported, not asserted: which side wins is up to the scheduler). */
    final AtomicLong conflicts = new AtomicLong();
    final Map<String, Long> reminders = new ConcurrentHashMap<>();
    CaseDriver driver;
    ManagementService management;

    @BeforeEach
    void setUp() {
        driver = new CaseDriver(engine, jdbc);
        driver.reset();
        management = engine.getManagementService();
    }

    ProcessInstance open(String nip, int year) {
        String id = cases.open(nip, year, "siti").getProcessInstanceId();
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    String caseNumber(ProcessInstance instance) {
        return jdbc.queryForObject("select case_number from competency_case where process_instance_id = ?", String.class,
                instance.getId());
    }

    List<String> statuses(String caseNumber) {
        return jdbc.queryForList("select status from email_message where case_number = ?", String.class, caseNumber);
    }

    List<Job> jobsAt(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).list();
    }

    @Test
    void aStepThatRollsBackAfterComposingSendsNothingAndRecordsNothing() throws Exception {
        ProcessInstance instance = open(DemoData.ANDI_NIP, Year.now().getValue());
        String caseNumber = caseNumber(instance);
        Job step = jobsAt(instance, "Event_NotifyNeedsSurvey").get(0);

        steps.failAfterNextRequest.set(true);
        assertThatThrownBy(() -> management.executeJob(step.getId())).hasMessageContaining("simulated failure");

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(statuses(caseNumber)).isEmpty();
        assertThat(jobsAt(instance, "Event_NotifyNeedsSurvey")).extracting(Job::getId).containsExactly(step.getId());
        assertThat(driver.task(instance, TASK_FILL_NEEDS_SURVEY)).as("the step did not pass").isNull();

        // run again, the step commits and its email goes out once
        driver.settle(instance);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(EmailOutboxTests::to))
                .containsExactlyInAnyOrder("andi@kompeten.example", "budi@kompeten.example");
        assertThat(statuses(caseNumber)).containsExactly("SENT", "SENT");
    }

    @Test
    void aReminderWhoseTaskIsDoneBeforeItsJobRunsIsNotSent() throws Exception {
        ProcessInstance instance = open(DemoData.ANDI_NIP, Year.now().getValue());
        String caseNumber = caseNumber(instance);
        driver.settle(instance);
        smtp.purgeEmailFromAllMailboxes();
        Task survey = driver.task(instance, TASK_FILL_NEEDS_SURVEY);
        // the mail server is down when the reminder's step ends: its send fails, and a job of its own will try again
        smtp.stop();
        management.executeJob(jobsAt(instance, REMINDER_TIMER).get(0).getId());
        management.executeJob(jobsAt(instance, REMINDER_STEP).get(0).getId());
        assertThat(jdbc.queryForList("select about_task from email_message where case_number = ? and kind = 'TASK_REMINDER'"
                + " and status = 'REQUESTED' and job_id is not null", String.class, caseNumber)).containsExactly(survey.getId());
        smtp.start();

        complete(survey, () -> {});
        jobsAt(instance, REMINDER_STEP).forEach(job -> management.executeJob(job.getId()));

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(jdbc.queryForList("select status from email_message where case_number = ? and kind = 'TASK_REMINDER'",
                String.class, caseNumber)).containsExactly("OBSOLETE");
    }

    @Test
    void anEmailItsNodeTookButDidNotSendIsSentByALookOnceItsLeaseRanOut() throws Exception {
        ProcessInstance instance = open(DemoData.ANDI_NIP, Year.now().getValue());
        String caseNumber = caseNumber(instance);
        Job step = jobsAt(instance, "Event_NotifyNeedsSurvey").get(0);
        management.executeJob(step.getId());
        assertThat(statuses(caseNumber)).containsExactly("SENT");
        // as a node that died after taking it to send, before the send, leaves it: requested, leased, no receipt
        jdbc.update("update email_message set status = 'REQUESTED', sent_at = null, claimed_until = ?"
                + " where case_number = ?", java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(60)), caseNumber);
        jdbc.update("delete from email_delivery");
        smtp.purgeEmailFromAllMailboxes();
        assertThat(drain.look(Duration.ZERO)).as("its lease not yet run out").isZero();
        jdbc.update("update email_message set claimed_until = ? where case_number = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), caseNumber);

        assertThat(drain.look(Duration.ofHours(1))).as("too young for a look").isZero();
        assertThat(drain.look(Duration.ZERO)).isEqualTo(1);
        assertThat(drain.look(Duration.ZERO)).as("settled: not found again").isZero();

        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(EmailOutboxTests::to))
                .containsExactly("andi@kompeten.example");
        assertThat(statuses(caseNumber)).containsExactly("SENT");
    }

    @Test
    void anEmailCommittedByATransactionAroundTheEngineIsSentAfterThatCommitOnly() throws Exception {
        ProcessInstance instance = open(DemoData.ANDI_NIP, Year.now().getValue());
        String caseNumber = caseNumber(instance);
        Job step = jobsAt(instance, "Event_NotifyNeedsSurvey").get(0);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            // the step runs inside a transaction of ours (as a service of ours calling the engine would): its email
            // waits for that transaction, and goes once it committed
            Future<?> around = thread.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                management.executeJob(step.getId());
                try {
                    commit.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            Thread.sleep(500);
            assertThat(smtp.getReceivedMessages()).as("nothing before the commit").isEmpty();
            commit.countDown();
            around.get(1, TimeUnit.MINUTES);
        } finally {
            thread.shutdownNow();
        }
        assertThat(smtp.waitForIncomingEmail(30_000, 1)).as("sent after the commit").isTrue();
        for (int i = 0; i < 300 && !statuses(caseNumber).equals(List.of("SENT")); i++) {
            Thread.sleep(100);
        }
        assertThat(statuses(caseNumber)).containsExactly("SENT");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(EmailOutboxTests::to))
                .containsExactly("andi@kompeten.example");
    }

    @Test
    void aReminderStepRunAfterItsTaskIsDoneRecordsNothing() throws Exception {
        ProcessInstance instance = open(DemoData.ANDI_NIP, Year.now().getValue());
        String caseNumber = caseNumber(instance);
        driver.settle(instance);
        management.executeJob(jobsAt(instance, REMINDER_TIMER).get(0).getId());
        complete(driver.task(instance, TASK_FILL_NEEDS_SURVEY), () -> {});
        smtp.purgeEmailFromAllMailboxes();

        jobsAt(instance, REMINDER_STEP).forEach(job -> management.executeJob(job.getId()));

        assertThat(jobsAt(instance, REMINDER_STEP)).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from email_message where case_number = ? and kind = 'TASK_REMINDER'",
                Integer.class, caseNumber)).isZero();
    }

    @Test
    void anEmailJobOutOfRetriesIsAnIncidentOnItsCaseAndStaysOneWhenTheCaseIsGone() throws Exception {
        smtp.stop();
        ProcessInstance instance = open(DemoData.ANDI_NIP, Year.now().getValue());
        String caseNumber = caseNumber(instance);
        management.executeJob(jobsAt(instance, "Event_NotifyNeedsSurvey").get(0).getId());
        Job send = jobsAt(instance, "Event_NotifyNeedsSurvey").get(0);
        while (management.createJobQuery().jobId(send.getId()).singleResult().getRetries() > 0) {
            assertThatThrownBy(() -> management.executeJob(send.getId())).hasMessageContaining("Mail server connection failed");
        }
        Incident onCase = engine.getRuntimeService().createIncidentQuery().configuration(send.getId()).singleResult();
        assertThat(onCase.getProcessInstanceId()).isEqualTo(instance.getId());
        assertThat(onCase.getActivityId()).isEqualTo("Event_NotifyNeedsSurvey");

        engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test: the case is gone first");

        Incident kept = engine.getRuntimeService().createIncidentQuery().configuration(send.getId()).singleResult();
        assertThat(kept.getProcessInstanceId()).isNull();
        assertThat(kept.getProcessDefinitionId()).isEqualTo(instance.getProcessDefinitionId());
        assertThat(kept.getActivityId()).isEqualTo("Event_NotifyNeedsSurvey");
        smtp.start();
        management.setJobRetries(send.getId(), 1);
        assertThat(engine.getRuntimeService().createIncidentQuery().configuration(send.getId()).count()).isZero();
        management.executeJob(send.getId());
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(EmailOutboxTests::to)).containsExactly("andi@kompeten.example");
        assertThat(jdbc.queryForList("select status from email_message where case_number = ? and step = 'Event_NotifyNeedsSurvey'",
                String.class, caseNumber)).containsExactly("SENT");
    }

    /**
     * Five rounds of six cases (andi and dewi, three cycle years each): per case one thread fires the reminder
     * timer and runs the reminder's step and its email job, another completes the task, both at once, each
     * trying again after an optimistic-locking conflict as the job executor or a user would.
     */
    @Test
    void remindersRacingTheCompletionOfTheirTasksSendOnlyCommittedEmailsAndNoneForADoneTask() throws Exception {
        int year = Year.now().getValue();
        for (int round = 1; round <= 5; round++) {
            List<ProcessInstance> instances = new ArrayList<>();
            for (String nip : List.of(DemoData.ANDI_NIP, DemoData.DEWI_NIP)) {
                for (int cycle = year - 1; cycle <= year + 1; cycle++) {
                    instances.add(open(nip, cycle));
                }
            }
            instances.forEach(driver::settle);
            Map<String, Long> completed = new ConcurrentHashMap<>();
            ExecutorService threads = Executors.newFixedThreadPool(instances.size() * 2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> racers = new ArrayList<>();
            for (ProcessInstance instance : instances) {
                String caseNumber = caseNumber(instance);
                String timer = jobsAt(instance, REMINDER_TIMER).get(0).getId();
                Task survey = driver.task(instance, TASK_FILL_NEEDS_SURVEY);
                racers.add(threads.submit(() -> {
                    start.await();
                    remind(instance, timer);
                    return null;
                }));
                racers.add(threads.submit(() -> {
                    start.await();
                    complete(survey, () -> completed.put(caseNumber, steps.sequence.incrementAndGet()));
                    return null;
                }));
            }
            start.countDown();
            try {
                for (Future<?> racer : racers) {
                    racer.get(5, TimeUnit.MINUTES); // a guard against a hung build, not a measure
                }
            } finally {
                threads.shutdownNow();
            }
            instances.forEach(driver::settle);
            assertRound(instances.stream().map(this::caseNumber).toList(), completed);
            driver.reset();
            smtp.purgeEmailFromAllMailboxes();
        }
        org.slf4j.LoggerFactory.getLogger(EmailOutboxTests.class).info(
                "30 races: reminders by status {}, of 30; optimistic-locking conflicts retried: {}", reminders, conflicts);
    }

    private void assertRound(List<String> caseNumbers, Map<String, Long> completed) throws Exception {
        List<String> received = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.add(message.getMessageID());
        }
        String in = String.join(",", caseNumbers.stream().map(c -> "'" + c + "'").toList());
        List<Map<String, Object>> rows = jdbc.queryForList("select idempotency_key, message_id, status, kind, case_number"
                + " from email_message where case_number in (" + in + ")");
        assertThat(rows).as("every email settled").noneMatch(row -> row.get("STATUS").equals("REQUESTED"));
        assertThat(received).as("each email once").doesNotHaveDuplicates();
        assertThat(received).as("what the mail server got is what the cases record as sent")
                .containsExactlyInAnyOrderElementsOf(rows.stream().filter(row -> row.get("STATUS").equals("SENT"))
                        .map(row -> (String) row.get("MESSAGE_ID")).toList());
        assertThat(completed.keySet()).as("every task got done").containsExactlyInAnyOrderElementsOf(caseNumbers);
        for (Map<String, Object> row : rows) {
            if (row.get("KIND").equals("TASK_REMINDER")) {
                reminders.merge((String) row.get("STATUS"), 1L, Long::sum);
            }
            if (row.get("KIND").equals("TASK_REMINDER") && row.get("STATUS").equals("SENT")) {
                Long stepCommitting = steps.committing.get((String) row.get("IDEMPOTENCY_KEY"));
                // taken after the task's commit, before the step's: had the task been done first, this is smaller
                Long taskDone = completed.get((String) row.get("CASE_NUMBER"));
                assertThat(taskDone).as("reminder %s sent for a task done before its step committed", row)
                        .isGreaterThan(stepCommitting);
            }
        }
    }

    /** The reminder timer, then the reminder's step and its email job (both at the step), as the job executor runs them. */
    private void remind(ProcessInstance instance, String timer) {
        run(timer);
        for (int pass = 0; pass < 5; pass++) {
            List<Job> next = jobsAt(instance, REMINDER_STEP);
            if (next.isEmpty()) {
                return;
            }
            next.forEach(job -> run(job.getId()));
        }
        throw new AssertionError("the reminder keeps making jobs");
    }

    private void run(String jobId) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            if (management.createJobQuery().jobId(jobId).count() == 0) {
                return; // gone: the task was done and took its timer along
            }
            try {
                management.executeJob(jobId);
                return;
            } catch (OptimisticLockingException e) {
                // a concurrent transaction won: the job executor runs the job again
                conflicts.incrementAndGet();
            } catch (RuntimeException e) {
                // the engine may also fail a timer that read executions a concurrent commit just ended (an NPE in
                // its activity-instance walk): rolled back like a conflict, and the job executor retries it too
                last = e;
                conflicts.incrementAndGet();
            }
        }
        throw new AssertionError("job " + jobId + " kept failing", last);
    }

    /** Completes the task as its assignee, in a transaction that calls {@code committed} after its commit. */
    private void complete(Task task, Runnable committed) {
        String user = task.getAssignee();
        engine.getIdentityService().setAuthentication(user, engine.getIdentityService().createGroupQuery()
                .groupMember(user).list().stream().map(Group::getId).toList());
        try {
            for (int attempt = 0; attempt < 50; attempt++) {
                try {
                    new TransactionTemplate(transactions).executeWithoutResult(status -> {
                        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                            @Override
                            public void afterCommit() {
                                committed.run();
                            }
                        });
                        engine.getTaskService().complete(task.getId(), needsSurvey(user.equals("dewi")
                                ? Map.of("M-KOM", 3, "M-PP", 3, "T-ADS", 2) : Map.of("T-LPE", 2, "M-KOM", 3, "SK-PB", 2)));
                    });
                    return;
                } catch (OptimisticLockingException e) {
                    // the reminder's transaction won: the user submits again
                    conflicts.incrementAndGet();
                }
            }
            throw new AssertionError("task " + task.getId() + " kept conflicting");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString().replaceAll(".*<|>.*", "");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
