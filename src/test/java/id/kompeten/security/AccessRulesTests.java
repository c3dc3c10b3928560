package id.kompeten.security;

import static id.kompeten.cases.CaseDriver.results;
import static id.kompeten.process.CaseProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.process.CaseVariables;
import id.kompeten.security.HttpCalls.Reply;
import id.kompeten.demo.DemoData;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every rule of the README's table "Who may do what", each a test that fails when the rule is removed, over
 * HTTP against the running application: /engine-rest and /api as the demo users, Tasklist's own API as a
 * browser, with the users of {@link TestUsers} beside the demo ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessRulesTests {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    HttpCalls api;
    CaseDriver driver;

    @BeforeEach
    void setUp() {
        api = new HttpCalls(port);
        driver = new CaseDriver(engine, jdbc);
        driver.reset();
        TestUsers.ensureAll(engine);
    }

    ProcessInstance open(String nip) {
        return driver.open(cases, nip);
    }

    String caseNumberOf(ProcessInstance instance) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey();
    }

    static List<String> names(Reply reply, String field) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return names(reply.body(), field);
    }

    static List<String> names(com.fasterxml.jackson.databind.JsonNode list, String field) {
        List<String> names = new ArrayList<>();
        list.forEach(node -> names.add(node.get(field).asText()));
        return names;
    }

    // --- logging in -------------------------------------------------------------------------------------

    @Test
    void nothingButHealthWithoutLoggingIn() throws Exception {
        assertThat(api.as(null, "GET", "/engine-rest/task?maxResults=5", null).status()).isEqualTo(401);
        assertThat(api.as(null, "GET", "/api/cases", null).status()).isEqualTo(401);
        assertThat(api.as(null, "POST", "/api/cases", Map.of()).status()).isEqualTo(401);
        assertThat(api.as(null, "GET", "/camunda/api/engine/engine/default/task", null).status()).isEqualTo(401);
        assertThat(api.as(null, "GET", "/actuator/env", null).status()).isIn(401, 403);
        assertThat(api.as(null, "GET", "/actuator/health", null).status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIs401() throws Exception {
        // tamu, not a demo user: a wrong password locks the user for a few seconds (ENGINE-27001)
        assertThat(api.call("tamu", "salah", "GET", "/engine-rest/task?maxResults=5", null, Map.of()).status()).isEqualTo(401);
        assertThat(api.call("tamu", "salah", "GET", "/api/cases/KMP-2026-000001", null, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordsSlowALoginDownButNeverLockItForGood() throws Exception {
        // four wrong passwords for tamu from this address: the next try must wait (2 s), so even the right one is
        // refused unchecked; Camunda's own lock (for good after 10) never engages
        for (int i = 0; i < 4; i++) {
            assertThat(api.call("tamu", "salah" + i, "GET", "/api/cases/KMP-1999-000001", null, Map.of()).status())
                    .isEqualTo(401);
        }
        assertThat(api.call("tamu", "demo", "GET", "/engine-rest/task?maxResults=5", null, Map.of()).status())
                .as("slowed down").isEqualTo(401);
        assertThat(jdbc.queryForObject("select coalesce(attempts_, 0) from act_id_user where id_ = 'tamu'", Integer.class)).isZero();
        // counted for tamu from this address, and for this address: not under one key shared by every caller
        assertThat(jdbc.queryForList("select throttle_key from login_failure", String.class))
                .contains("p:tamu\n127.0.0.1", "a:127.0.0.1", "u:tamu");
        // an administrator unlocks at once (Camunda Admin's button calls this)
        assertThat(api.as("siti", "POST", "/engine-rest/user/tamu/unlock", null).status()).isEqualTo(403);
        assertThat(api.as("admin", "POST", "/engine-rest/user/tamu/unlock", null).status()).isEqualTo(204);
        assertThat(api.call("tamu", "demo", "GET", "/engine-rest/task?maxResults=5", null, Map.of()).status())
                .isEqualTo(200);
    }

    @Test
    void ownPagesCarrySecurityHeaders() throws Exception {
        HttpResponse<String> reply = api.as("andi", "GET", "/api/cases/KMP-1999-000001", null).raw();
        assertThat(reply.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(reply.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(reply.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void aWebappChangeWithoutTheCsrfTokenIsRefused() throws Exception {
        String task = driver.task(open(DemoData.ANDI_NIP), TASK_FILL_NEEDS_SURVEY).getId();
        HttpCalls browser = HttpCalls.browser(port);
        browser.call(null, null, "GET", "/camunda/app/tasklist/default/", null, Map.of());
        String beforeLogin = browser.cookie("XSRF-TOKEN");
        assertThat(beforeLogin).isNotBlank();
        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
        assertThat(browser.call(null, null, "POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                "username=andi&password=demo", form).status()).as("login without the token").isEqualTo(403);
        browser.call(null, null, "GET", "/camunda/app/tasklist/default/", null, Map.of());
        Reply login = browser.call(null, null, "POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                "username=andi&password=demo", Map.of("Content-Type", "application/x-www-form-urlencoded",
                        "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")));
        assertThat(login.status()).as(login.text() + login.raw().headers().map()).isEqualTo(200);
        // the session and its token are new after logging in; the next page load hands the token out
        assertThat(browser.call(null, null, "GET", "/camunda/api/admin/auth/user/default", null, Map.of()).status())
                .isEqualTo(200);
        String afterLogin = browser.cookie("XSRF-TOKEN");
        assertThat(afterLogin).isNotEqualTo(beforeLogin);
        String claim = "/camunda/api/engine/engine/default/task/" + task + "/claim";

        assertThat(browser.call(null, null, "POST", claim, Map.of("userId", "andi"),
                Map.of("X-XSRF-TOKEN", afterLogin)).status()).as("with the session's token").isEqualTo(204);
        assertThat(browser.call(null, null, "POST", claim, Map.of("userId", "andi"), Map.of()).status())
                .as("without the token").isEqualTo(403);
        assertThat(browser.call(null, null, "POST", claim, Map.of("userId", "andi"),
                Map.of("X-XSRF-TOKEN", "forged")).status()).as("with a forged token").isIn(401, 403);
    }

    // --- participants ------------------------------------------------------------------------------------

    @Test
    void participantSeesAndCompletesOnlyTheirOwnTasks() throws Exception {
        open(DemoData.ANDI_NIP);
        ProcessInstance dewis = open(DemoData.DEWI_NIP);
        String dewisTask = driver.task(dewis, TASK_FILL_NEEDS_SURVEY).getId();

        assertThat(names(api.as("andi", "GET", "/engine-rest/task?maxResults=20", null), "assignee")).containsOnly("andi");
        assertThat(names(api.as("andi", "GET", "/engine-rest/filter?maxResults=10", null), "name"))
                .containsExactly("Tugas saya");
        assertThat(api.as("andi", "GET", "/engine-rest/task/" + dewisTask, null).status()).isEqualTo(404);
        assertThat(api.as("andi", "GET", "/engine-rest/task/" + dewisTask + "/form-variables", null).status()).isIn(403, 404);
        // a task andi may not read does not exist for him
        assertThat(api.as("andi", "POST", "/engine-rest/task/" + dewisTask + "/claim", Map.of("userId", "andi")).status())
                .isEqualTo(404);
        assertThat(api.as("andi", "POST", "/engine-rest/task/" + dewisTask + "/complete", Map.of("variables", Map.of()))
                .status()).isEqualTo(404);
        assertThat(driver.task(dewis, TASK_FILL_NEEDS_SURVEY).getAssignee()).isEqualTo("dewi");
    }

    @Test
    void participantReadsOnlyTheirOwnCaseFile() throws Exception {
        String andis = caseNumberOf(open(DemoData.ANDI_NIP));
        String dewis = caseNumberOf(open(DemoData.DEWI_NIP));

        assertThat(api.as("andi", "GET", "/api/cases/" + andis, null).status()).isEqualTo(200);
        assertThat(api.as("andi", "GET", "/api/cases/" + dewis, null).status()).isEqualTo(404);
        assertThat(api.as("andi", "GET", "/api/cases/" + dewis + "/emails", null).status()).isEqualTo(404);
        assertThat(api.as("andi", "GET", "/api/cases", null).status()).isEqualTo(403);
        assertThat(api.as("andi", "GET", "/engine-rest/process-instance?maxResults=10", null).body()).isEmpty();
        assertThat(api.as("andi", "GET", "/engine-rest/history/variable-instance?maxResults=50", null).body()).isEmpty();
    }

    @Test
    void participantCannotOpenCasesStartProcessesOrDeploy() throws Exception {
        assertThat(api.as("andi", "POST", "/api/cases", Map.of("employeeNip", DemoData.ANDI_NIP,
                "cycleYear", Year.now().getValue())).status()).isEqualTo(403);
        assertThat(api.as("andi", "POST", "/engine-rest/process-definition/key/" + PROCESS_ID + "/start", Map.of())
                .status()).isEqualTo(403);
        assertThat(deploy("andi").status()).isEqualTo(403);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    Reply deploy(String user) throws Exception {
        String boundary = "kompeten-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nserangan\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"x.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n<definitions/>\r\n--" + boundary + "--\r\n";
        return api.call(user, "demo", "POST", "/engine-rest/deployment/create", body,
                Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    // --- supervisors -------------------------------------------------------------------------------------

    @Test
    void onlyTheirOwnSupervisorApprovesFollowUpAndReadsTheCase() throws Exception {
        ProcessInstance instance = open(DemoData.ANDI_NIP);
        driver.surveyAndiNeedingSpbe(instance);
        driver.trainAndi(instance, 4);
        driver.interviewAndi(instance, 3);
        Task approval = driver.task(instance, TASK_APPROVE_FOLLOW_UP_TRAINING);
        String caseNumber = caseNumberOf(instance);
        Map<String, Object> approve = Map.of("variables", Map.of(CaseVariables.FOLLOW_UP_APPROVED, Map.of("value", "true")));

        // rina supervises nobody in this case
        assertThat(api.as("rina", "GET", "/engine-rest/task/" + approval.getId(), null).status()).isEqualTo(404);
        assertThat(api.as("rina", "POST", "/engine-rest/task/" + approval.getId() + "/complete", approve).status()).isEqualTo(404);
        assertThat(api.as("rina", "GET", "/api/cases/" + caseNumber, null).status()).isEqualTo(404);
        assertThat(driver.task(instance, TASK_APPROVE_FOLLOW_UP_TRAINING)).isNotNull();
        // her filters (her tasks grouped by staff member, the approvals) are there, and hold none of these
        assertThat(names(api.as("rina", "GET", "/engine-rest/filter?maxResults=10", null), "name"))
                .containsExactlyInAnyOrder("Tugas saya", "Tugas saya per staf", "Persetujuan staf saya");

        assertThat(api.as("budi", "GET", "/api/cases/" + caseNumber, null).status()).isEqualTo(200);
        String budisFilter = api.as("budi", "GET", "/engine-rest/filter?maxResults=10&name=Persetujuan staf saya".replace(" ", "%20"), null)
                .body().get(0).get("id").asText();
        assertThat(names(api.as("budi", "GET", "/engine-rest/filter/" + budisFilter + "/list?maxResults=10", null), "id"))
                .containsExactly(approval.getId());
        assertThat(api.as("budi", "POST", "/engine-rest/task/" + approval.getId() + "/complete", approve).status()).isEqualTo(204);
    }

    // --- HR staff ----------------------------------------------------------------------------------------

    @Test
    void hrStaffOpensCasesOfTheirAgencyWorksTheQueueAndCannotDeploy() throws Exception {
        Reply opened = api.as("siti", "POST", "/api/cases", Map.of("employeeNip", DemoData.ANDI_NIP,
                "cycleYear", Year.now().getValue()));
        assertThat(opened.status()).isEqualTo(201);
        String caseNumber = opened.body().get("caseNumber").asText();
        assertThat(names(api.as("siti", "GET", "/api/cases?size=50", null).body().get("content"), "caseNumber"))
                .contains(caseNumber);
        assertThat(names(api.as("siti", "GET", "/engine-rest/filter?maxResults=10", null), "name"))
                .containsExactlyInAnyOrder("Tugas saya", "Antrean BKPSDM");

        // tono serves another agency: neither opens, reads nor lists andi's case
        assertThat(api.as("tono", "POST", "/api/cases", Map.of("employeeNip", DemoData.DEWI_NIP,
                "cycleYear", Year.now().getValue())).status()).isEqualTo(403);
        assertThat(api.as("tono", "GET", "/api/cases/" + caseNumber, null).status()).isEqualTo(404);
        assertThat(api.as("tono", "GET", "/api/cases?size=50", null).body().get("content")).isEmpty();

        assertThat(deploy("siti").status()).isEqualTo(403);
        assertThat(api.as("siti", "POST", "/engine-rest/filter/create", Map.of("resourceType", "Task", "name", "Semua",
                "query", Map.of())).status()).isEqualTo(403);
        assertThat(api.as("siti", "DELETE", "/engine-rest/process-definition/key/" + PROCESS_ID, null).status())
                .isEqualTo(403);
    }

    @Test
    void hrStaffClaimAndCompleteHrTasksOnly() throws Exception {
        ProcessInstance instance = open(DemoData.ANDI_NIP);
        String survey = driver.task(instance, TASK_FILL_NEEDS_SURVEY).getId();
        assertThat(api.as("siti", "POST", "/engine-rest/task/" + survey + "/claim", Map.of("userId", "siti")).status())
                .isEqualTo(404);
        driver.surveyAndiNeedingSpbe(instance);
        String schedule = driver.task(instance, TASK_SCHEDULE_TRAINING).getId();
        assertThat(api.as("andi", "POST", "/engine-rest/task/" + schedule + "/claim", Map.of("userId", "andi")).status())
                .isEqualTo(404);
        assertThat(api.as("siti", "POST", "/engine-rest/task/" + schedule + "/claim", Map.of("userId", "siti")).status())
                .isEqualTo(204);
        // and gives it back to the queue, but hands it to nobody
        assertThat(api.as("siti", "POST", "/engine-rest/task/" + schedule + "/unclaim", null).status()).isEqualTo(204);
        assertThat(driver.task(instance, TASK_SCHEDULE_TRAINING).getAssignee()).isNull();
        assertThat(api.as("siti", "POST", "/engine-rest/task/" + schedule + "/claim", Map.of("userId", "tono")).status())
                .isEqualTo(403);
        assertThat(api.as("siti", "POST", "/engine-rest/task/" + schedule + "/assignee", Map.of("userId", "siti")).status())
                .isEqualTo(403);
        assertThat(driver.task(instance, TASK_SCHEDULE_TRAINING).getAssignee()).isNull();
    }

    // --- administrators ----------------------------------------------------------------------------------

    @Test
    void administratorSeesEverything() throws Exception {
        String caseNumber = caseNumberOf(open(DemoData.DEWI_NIP));
        assertThat(api.as("admin", "GET", "/api/cases/" + caseNumber, null).status()).isEqualTo(200);
        assertThat(api.as("admin", "GET", "/engine-rest/process-instance?maxResults=10", null).body()).hasSize(1);
        assertThat(api.as("admin", "GET", "/engine-rest/task?maxResults=10", null).body()).hasSize(2);
    }

    // --- the engine's own guards -------------------------------------------------------------------------

    @Test
    void queriesWithoutALimitAreRefused() throws Exception {
        Reply unbounded = api.as("andi", "GET", "/engine-rest/task", null);
        assertThat(unbounded.status()).isEqualTo(400);
        assertThat(unbounded.text()).contains("unbound number of results");
    }
}
