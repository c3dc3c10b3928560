package id.kompeten.notification;

import static id.kompeten.cases.CaseDriver.needsSurvey;
import static id.kompeten.process.CaseProcess.TASK_FILL_NEEDS_SURVEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.demo.DemoData;
import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeRepository;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * No pool deadlock (issue 13.1): with the job executor running as many threads as the pool has connections (the
 * worst case: each job holds one while it sends an email), four times as many people as connections open their
 * cases and answer their surveys at once. Every request and every job gets its connections within the pool's
 * timeout here (10 s: enough for a send on a busy machine, while a thread holding one connection and waiting for a
 * second would wait for ever, fail and retry its job),
 * every email is sent once, and no job failed.
 */
@SpringBootTest(properties = {
        // a database of its own: this context's job executor must not run the jobs of the other tests' contexts
        "spring.datasource.url=jdbc:h2:mem:kompeten-pool;DB_CLOSE_DELAY=-1",
        "spring.datasource.hikari.maximum-pool-size=" + ConnectionPoolTests.POOL,
        "spring.datasource.hikari.connection-timeout=10000",
        "camunda.bpm.job-execution.enabled=true",
        "camunda.bpm.job-execution.core-pool-size=" + ConnectionPoolTests.POOL,
        "camunda.bpm.job-execution.max-pool-size=" + ConnectionPoolTests.POOL,
        "camunda.bpm.job-execution.wait-time-in-millis=200",
})
@ActiveProfiles("test")
@DirtiesContext
class ConnectionPoolTests {

    static final int POOL = 3;
    static final int PEOPLE = 4 * POOL;
    static final int SMTP_PORT = CaseEmailTests.freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(CaseEmailTests.smtpOn(SMTP_PORT));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    @Autowired EmployeeRepository employees;

    @Test
    void fourTimesThePoolOfCompletionsAndEmailJobsAtOnceAllFinishAndEachEmailGoesOutOnce() throws Exception {
        List<String> nips = staffOfBudi();
        int year = Year.now().getValue();

        // HR opens the twelve cases at once: each start runs to its email step, whose job sends two emails
        List<String> processes = all(nips.stream().<Callable<String>>map(nip ->
                () -> cases.open(nip, year, "siti").getProcessInstanceId()).toList());

        // each of them answers the needs survey at once, as themselves, while the email jobs run
        List<Task> surveys = new ArrayList<>();
        for (String process : processes) {
            surveys.add(waitFor(() -> engine.getTaskService().createTaskQuery().processInstanceId(process)
                    .taskDefinitionKey(TASK_FILL_NEEDS_SURVEY).singleResult()));
        }
        all(surveys.stream().<Callable<String>>map(task -> () -> {
            complete(task);
            return task.getId();
        }).toList());

        // every email job ran and settled its email (a request for the next task's emails included)
        waitFor(() -> jdbc.queryForObject("select count(*) from email_message where status = 'REQUESTED'",
                Integer.class) == 0 && engine.getManagementService().createJobQuery().messages().count() == 0
                ? Boolean.TRUE : null);
        assertThat(engine.getManagementService().createJobQuery().withException().count()).as("failed jobs").isZero();
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
        List<String> sent = jdbc.queryForList("select message_id from email_message where status = 'SENT'", String.class);
        assertThat(sent).hasSizeGreaterThanOrEqualTo(2 * PEOPLE).doesNotHaveDuplicates();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(ConnectionPoolTests::messageId))
                .as("each recorded email received once").containsExactlyInAnyOrderElementsOf(sent);
        assertThat(jdbc.queryForObject("select count(*) from competency_case where status = 'OPEN'", Integer.class))
                .isEqualTo(PEOPLE);
    }

    /** Twelve participants of budi's, with their logins, in andi's position. */
    List<String> staffOfBudi() {
        IdentityService identity = engine.getIdentityService();
        List<String> nips = new ArrayList<>();
        for (int i = 1; i <= PEOPLE; i++) {
            String user = "pegawai%02d".formatted(i);
            String nip = "19900101201503" + "1%03d".formatted(100 + i);
            employees.save(new Employee(nip, "Pegawai " + i, user + "@kompeten.example", user, DemoData.AGENCY,
                    null, "PRANATA-KOM", DemoData.BUDI_NIP, "id"));
            User login = identity.newUser(user);
            login.setFirstName("Pegawai");
            login.setLastName(String.valueOf(i));
            login.setEmail(user + "@kompeten.example");
            login.setPassword("demo");
            identity.saveUser(login);
            identity.createMembership(user, "participants");
            nips.add(nip);
        }
        return nips;
    }

    void complete(Task task) {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(task.getAssignee(), List.of("participants"));
        try {
            engine.getTaskService().complete(task.getId(),
                    needsSurvey(Map.of("T-LPE", 2, "M-KOM", 3, "SK-PB", 2)));
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Runs the calls all at once, one thread each, and gives their results; any call's failure fails the test. */
    static <T> List<T> all(List<Callable<T>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> call : calls) {
                running.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> each : running) {
                results.add(each.get(5, TimeUnit.MINUTES)); // a guard against a hung build, not a measure
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Polls until the value is there (the job executor works in the background); a guard, not a measure. */
    static <T> T waitFor(Callable<T> value) throws Exception {
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(until)) {
            T found = value.call();
            if (found != null) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not there after 3 minutes");
    }

    static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
