package id.kompeten.training;

import static id.kompeten.process.CaseProcess.TASK_SCHEDULE_TRAINING;
import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.process.CaseVariables;
import id.kompeten.security.HttpCalls;
import id.kompeten.security.HttpCalls.Reply;
import id.kompeten.demo.DemoData;
import java.time.Instant;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * HR's enrolment changes over HTTP as siti, with Camunda's authorizations on as in production: she holds no
 * engine permission on process instances, yet her documented operations move the case. HR of another agency
 * (tono) and a participant are refused, and nothing changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EnrollmentChangesOverHttpTests {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    @Autowired TrainingSessionRepository sessions;
    @Autowired EnrollmentChanges changes;
    HttpCalls api;
    CaseDriver driver;
    TrainingSession ahead;
    Instant originalStart;
    Instant originalEnd;
    String originalLocation;
    ProcessInstance instance;
    String caseNumber;

    @BeforeEach
    void setUp() {
        api = new HttpCalls(port);
        driver = new CaseDriver(engine, jdbc);
        driver.reset();
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId("tono").singleResult() == null) {
            User tono = identity.newUser("tono");
            tono.setPassword("demo");
            tono.setEmail("tono@kompeten.example");
            identity.saveUser(tono);
            identity.createMembership("tono", "hr-staff");
        }
        identity.setUserInfo("tono", "agency", "Dinas Kesehatan Kota Bandar Lampung");
        assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();

        ahead = sessions.findAll().stream().filter(s -> s.getCourse().getCode().equals("SPBE-01")
                && s.getStartsAt().isAfter(Instant.now().plus(2, ChronoUnit.DAYS))).findFirst().orElseThrow();
        originalStart = ahead.getStartsAt();
        originalEnd = ahead.getEndsAt();
        originalLocation = ahead.getLocation();
        caseNumber = cases.open(DemoData.ANDI_NIP, Year.now().getValue(), "siti").getCaseNumber();
        instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult();
        driver.settle(instance);
        driver.surveyAndiNeedingSpbe(instance);
        driver.complete(instance, TASK_SCHEDULE_TRAINING, "siti",
                CaseDriver.vars(CaseVariables.TRAINING_SESSION_ID, String.valueOf(ahead.getId())));
        assertThat(waitingAt()).containsExactly("TimerEvent_DayBeforeTraining");
    }

    @AfterEach
    void putTheSessionBack() {
        driver.reset();
        // tono in hr-staff would receive the HR emails other test classes count
        engine.getIdentityService().deleteUser("tono");
        changes.reschedule(ahead.getId(), originalStart, originalEnd, originalLocation, ahead.getOnlineLink());
    }

    List<String> waitingAt() {
        return engine.getRuntimeService().getActiveActivityIds(instance.getId());
    }

    List<String> emailsOf(String kind) throws Exception {
        Reply emails = api.as("siti", "GET", "/api/cases/" + caseNumber + "/emails", null);
        assertThat(emails.status()).as(emails.text()).isEqualTo(200);
        List<String> recipients = new ArrayList<>();
        emails.body().forEach(e -> {
            if (e.get("kind").asText().equals(kind)) {
                recipients.add(e.get("recipient").asText());
            }
        });
        return recipients;
    }

    String enrollmentStatus() {
        return jdbc.queryForObject("select status from enrollment where case_number = ?", String.class, caseNumber);
    }

    @Test
    void hrOfTheAgencyWithdrawsTheParticipantAndTheCaseReturnsToScheduling() throws Exception {
        String path = "/api/cases/" + caseNumber + "/enrollment/cancellation";
        Map<String, String> body = Map.of("reason", "Peserta ditugaskan ke luar kota");
        assertThat(api.as("tono", "POST", path, body).status()).as("HR of another agency").isEqualTo(404);
        assertThat(api.as("andi", "POST", path, body).status()).as("the participant").isEqualTo(403);
        assertThat(enrollmentStatus()).isNotEqualTo("CANCELLED");
        assertThat(waitingAt()).containsExactly("TimerEvent_DayBeforeTraining");

        Reply cancelled = api.as("siti", "POST", path, body);
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        assertThat(cancelled.body().get("status").asText()).isEqualTo("CANCELLED");
        driver.settle(instance);

        assertThat(waitingAt()).contains(TASK_SCHEDULE_TRAINING);
        assertThat(enrollmentStatus()).isEqualTo("CANCELLED");
        assertThat(emailsOf("TRAINING_CANCELLED")).containsExactly("andi");
    }

    @Test
    void hrOfTheAgencyMovesTheSessionAndTheCaseWaitsForTheNewDate() throws Exception {
        Instant newStart = originalStart.plus(3, ChronoUnit.DAYS);
        Instant newEnd = originalEnd.plus(3, ChronoUnit.DAYS);
        String path = "/api/sessions/" + ahead.getId() + "/schedule";
        Map<String, String> body = Map.of("startsAt", newStart.toString(), "endsAt", newEnd.toString(),
                "location", "Aula Baru");
        assertThat(api.as("tono", "PUT", path, body).status()).as("HR of another agency").isEqualTo(404);
        assertThat(api.as("andi", "PUT", path, body).status()).as("the participant").isEqualTo(403);
        assertThat(sessions.findById(ahead.getId()).orElseThrow().getStartsAt()).isEqualTo(originalStart);

        Reply moved = api.as("siti", "PUT", path, body);
        assertThat(moved.status()).as(moved.text()).isEqualTo(200);
        assertThat(moved.body().get(0).get("caseNumber").asText()).isEqualTo(caseNumber);
        driver.settle(instance);

        assertThat(waitingAt()).containsExactly("TimerEvent_DayBeforeTraining");
        assertThat(((java.util.Date) engine.getRuntimeService().getVariable(instance.getId(),
                CaseVariables.TRAINING_ENDS_AT)).toInstant()).isEqualTo(newEnd);
        assertThat(jdbc.queryForObject("select invite_sequence from enrollment where case_number = ?", Integer.class,
                caseNumber)).isEqualTo(1);
        assertThat(emailsOf("TRAINING_UPDATE")).containsExactly("andi");
    }
}
