package id.kompeten.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.security.HttpCalls.Reply;
import id.kompeten.demo.DemoData;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Bad input to /api bodies never answers 500: each is 400 naming the field by its JSON path, Indonesian then
 * English, with no internals in the body, and nothing is created. Years print as years. A job executed by
 * hand while the executor holds it is 409. As HR (siti) with authorizations on; the job as admin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiBadInputTests {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    HttpCalls api;
    CaseDriver driver;
    int year;

    @BeforeEach
    void setUp() {
        api = new HttpCalls(port);
        driver = new CaseDriver(engine, jdbc);
        driver.reset();
        year = Year.now().getValue();
    }

    /** A programme body that is valid but for the one field given ({@code "goals": [...]} etc. replaced). */
    String programme(String goals, String participants, String evaluationDate) {
        return """
                {"code": "UJI-%d", "name": "Uji", "year": %d, "agency": "%s", %s
                 "goals": %s, "competencies": ["T-LPE"], "participants": %s}"""
                .formatted(year, year, DemoData.AGENCY, evaluationDate == null ? "" : "\"evaluationDate\": " + evaluationDate + ",",
                        goals, participants);
    }

    static final String GOALS = "[{\"figure\": \"gainMean\", \"atLeast\": 0.3, \"description\": \"gain 0,3\"}]";
    static final String ANDI = "[\"" + DemoData.ANDI_NIP + "\"]";

    void assertRefused(Reply reply, String field) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.body().get("errors").has(field)).as(reply.text()).isTrue();
        assertThat(reply.body().get("errors").get(field).asText()).as("Indonesian, then English").contains(" / ");
        assertThat(reply.text()).doesNotContain("Exception", "SQL", "java.", "jackson");
        assertThat(jdbc.queryForObject("select count(*) from programme", Integer.class)).as("no programme").isZero();
        assertThat(jdbc.queryForObject("select count(*) from competency_case", Integer.class)).as("no case").isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).as("nothing started").isZero();
    }

    Reply createProgramme(String body) throws Exception {
        return api.as("siti", "POST", "/api/programmes", body);
    }

    @Test
    void aProgrammeGoalBeyondItsFiguresRangeOrTheColumnIsRefused() throws Exception {
        assertRefused(createProgramme(programme(GOALS.replace("0.3", "1e308"), ANDI, null)), "goals[0].atLeast");
        assertRefused(createProgramme(programme(GOALS.replace("0.3", "1.5"), ANDI, null)), "goals[0].atLeast");
        assertRefused(createProgramme(programme(GOALS.replace("0.3", "0.123456"), ANDI, null)), "goals[0].atLeast");
        assertRefused(createProgramme(programme(GOALS.replace("0.3", "\"banyak\""), ANDI, null)), "goals[0].atLeast");
        assertRefused(createProgramme(programme(GOALS.replace("gainMean", "costPerJp").replace("0.3", "1e12"), ANDI,
                null)), "goals[0].atLeast");
        assertRefused(createProgramme(programme("[null]", ANDI, null)), "goals[0]");
    }

    @Test
    void aNullParticipantOrAWrongTypeInTheListIsRefused() throws Exception {
        assertRefused(createProgramme(programme(GOALS, "[null]", null)), "participants[0]");
        assertRefused(createProgramme(programme(GOALS, "[\"" + DemoData.ANDI_NIP + "\", null]", null)), "participants[1]");
        assertRefused(createProgramme(programme(GOALS, "\"" + DemoData.ANDI_NIP + "\"", null)), "participants");
        assertRefused(createProgramme(programme(GOALS, ANDI, null).replace("\"year\": " + year, "\"year\": 2026.5")),
                "year");
        assertRefused(createProgramme(programme(GOALS, ANDI, null).replace("\"year\": " + year,
                "\"year\": 99999999999999999999")), "year");
    }

    @Test
    void aFarOrMalformedEvaluationDateIsRefused() throws Exception {
        assertRefused(createProgramme(programme(GOALS, ANDI, "\"+99999-01-01\"")), "evaluationDate");
        assertRefused(createProgramme(programme(GOALS, ANDI, "\"" + (year + 3) + "-01-01\"")), "evaluationDate");
        assertRefused(createProgramme(programme(GOALS, ANDI, "\"" + year + "-13-45\"")), "evaluationDate");
        assertRefused(createProgramme(programme(GOALS, ANDI, "\"31/12/" + year + "\"")), "evaluationDate");
    }

    @Test
    void aCycleYearThatIsNotAWholeNumberInRangeIsRefused() throws Exception {
        String nip = "{\"employeeNip\": \"" + DemoData.ANDI_NIP + "\", \"cycleYear\": ";
        assertRefused(api.as("siti", "POST", "/api/cases", nip + "\"abc\"}"), "cycleYear");
        assertRefused(api.as("siti", "POST", "/api/cases", nip + (year + ".5}")), "cycleYear");
        assertRefused(api.as("siti", "POST", "/api/cases", nip + "1e30}"), "cycleYear");
        assertRefused(api.as("siti", "POST", "/api/cases", nip + "99999999999}"), "cycleYear");
        assertRefused(api.as("siti", "POST", "/api/cases", nip + "[2026]}"), "cycleYear");
        assertRefused(api.as("siti", "POST", "/api/cases", "{\"employeeNip\": 199001012015031001.5, \"cycleYear\": "
                + year + "}"), "employeeNip");
        assertRefused(api.as("siti", "POST", "/api/cases", "null"), "body");
    }

    @Test
    void messagesPrintYearsAsYears() throws Exception {
        Reply outOfRange = api.as("siti", "POST", "/api/cases", "{\"employeeNip\": \"" + DemoData.ANDI_NIP
                + "\", \"cycleYear\": 1990}");
        assertRefused(outOfRange, "cycleYear");
        String text = outOfRange.body().get("errors").get("cycleYear").asText();
        assertThat(text).contains("antara " + (year - 1) + " dan " + (year + 1))
                .contains("from " + (year - 1) + " to " + (year + 1));

        Reply ledger = api.as("siti", "GET", "/api/jp/agencies?year=1990&agency="
                + java.net.URLEncoder.encode(DemoData.AGENCY, java.nio.charset.StandardCharsets.UTF_8), null);
        assertThat(ledger.status()).as(ledger.text()).isEqualTo(400);
        assertThat(ledger.text()).doesNotContain("2.000", "2,000").contains("2000", String.valueOf(year + 1));

        cases.open(DemoData.ANDI_NIP, year, "siti");
        Reply twice = api.as("siti", "POST", "/api/cases", "{\"employeeNip\": \"" + DemoData.ANDI_NIP
                + "\", \"cycleYear\": " + year + "}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text()).contains("tahun " + year, "for " + year);
    }

    @Test
    void aSessionTimeThatIsNotAnInstantIsRefused() throws Exception {
        long session = jdbc.queryForObject("select min(id) from training_session", Long.class);
        Instant before = jdbc.queryForObject("select starts_at from training_session where id = ?", Timestamp.class,
                session).toInstant();
        Reply refused = api.as("siti", "PUT", "/api/sessions/" + session + "/schedule",
                "{\"startsAt\": \"besok pagi\", \"endsAt\": \"2099-01-01T00:00:00Z\"}");
        assertRefused(refused, "startsAt");
        assertThat(api.as("siti", "PUT", "/api/sessions/abc/schedule", "{}").status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select starts_at from training_session where id = ?", Timestamp.class, session)
                .toInstant()).isEqualTo(before);
    }

    @Test
    void aJobExecutedByHandWhileTheExecutorHoldsItIsAConflict() throws Exception {
        String caseNumber = cases.open(DemoData.ANDI_NIP, year, "siti").getCaseNumber();
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).singleResult();
        driver.settle(instance);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .listPage(0, 1).get(0);
        // as the job executor of another node does when it acquires the job and starts running it (locked for an
        // hour: no slow machine sees the lock expire during the call)
        jdbc.update("update ACT_RU_JOB set LOCK_OWNER_ = 'node-2', LOCK_EXP_TIME_ = ? where ID_ = ?",
                Timestamp.from(Instant.now().plus(1, ChronoUnit.HOURS)), timer.getId());

        Reply conflict = api.as("admin", "POST", "/engine-rest/job/" + timer.getId() + "/execute", null);
        assertThat(conflict.status()).as(conflict.text()).isEqualTo(409);
        assertThat(conflict.text()).doesNotContain("java.", "SQL");
        assertThat(engine.getManagementService().createJobQuery().jobId(timer.getId()).count()).as("not run").isOne();

        // once the executor let go, executing by hand works as before
        jdbc.update("update ACT_RU_JOB set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null where ID_ = ?", timer.getId());
        Reply executed = api.as("admin", "POST", "/engine-rest/job/" + timer.getId() + "/execute", null);
        assertThat(executed.status()).as(executed.text()).isEqualTo(204);
    }

    @Test
    void aConcurrentUpdateIsAConflictWithoutTheEnginesMessage() {
        var response = new ConcurrentChangeMapper().toResponse(new OptimisticLockingException(
                "ENGINE-03005 Execution of 'UPDATE ExecutionEntity[1]' failed"));
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getEntity().toString()).doesNotContain("ExecutionEntity", "ENGINE-");
    }
}
