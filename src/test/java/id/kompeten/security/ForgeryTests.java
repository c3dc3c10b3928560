package id.kompeten.security;

import static id.kompeten.process.CaseProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.process.CaseVariables;
import id.kompeten.security.HttpCalls.Reply;
import id.kompeten.demo.DemoData;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Each figure has one owner: the participant (and a supervisor of someone else) tries every path of the engine's
 * API to change HR's test scores, and each is refused; the learning gain, its band and the case stay as HR's
 * 40 -> 70 make them ((70 - 40) / (100 - 40) = 0.5, MEDIUM). Over HTTP, as the demo users, authorizations on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ForgeryTests {

    static final Map<String, Object> HUNDRED = Map.of("value", 100, "type", "Integer");

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    HttpCalls api;
    CaseDriver driver;
    ProcessInstance andis;

    @BeforeEach
    void setUp() {
        api = new HttpCalls(port);
        driver = new CaseDriver(engine, jdbc);
        driver.reset();
        TestUsers.ensureAll(engine);
        andis = open(DemoData.ANDI_NIP);
        driver.surveyAndiNeedingSpbe(andis);
        driver.complete(andis, TASK_SCHEDULE_TRAINING, "siti", CaseDriver.vars(CaseVariables.TRAINING_SESSION_ID,
                driver.offeredSession(andis, "Layanan Publik Berbasis Elektronik")));
        driver.runJob(andis);
        driver.complete(andis, TASK_RECORD_TRAINING_RESULTS, "siti", CaseDriver.results(true, 900, 40, 70));
    }

    ProcessInstance open(String nip) {
        return driver.open(cases, nip);
    }

    String execution(Task task) {
        return task.getExecutionId();
    }

    @Test
    void aParticipantCannotRaiseHisOwnLearningGain() throws Exception {
        Task survey = driver.task(andis, TASK_FILL_POST_TRAINING_SURVEY);
        String t = "/engine-rest/task/" + survey.getId();
        String pi = "/engine-rest/process-instance/" + andis.getId();
        String ex = "/engine-rest/execution/" + execution(survey);
        Map<String, Object> modification = Map.of("variables", Map.of(CaseVariables.POST_TEST_SCORE, HUNDRED));
        Map<String, Object> message = Map.of("messageName", MESSAGE_SESSION_RESCHEDULED,
                "businessKey", andis.getBusinessKey(), "processVariables", Map.of(CaseVariables.POST_TEST_SCORE, HUNDRED));

        // every generic way to a variable: refused (403), or, for what he may not even read, not there (404)
        assertThat(api.as("andi", "PUT", t + "/variables/postTestScore", HUNDRED).status()).isEqualTo(403);
        assertThat(api.as("andi", "PUT", t + "/localVariables/postTestScore", HUNDRED).status()).isEqualTo(403);
        assertThat(api.as("andi", "POST", t + "/variables", modification).status()).isEqualTo(403);
        assertThat(api.as("andi", "POST", t + "/localVariables", modification).status()).isEqualTo(403);
        assertThat(api.as("andi", "DELETE", t + "/variables/preTestScore", null).status()).isEqualTo(403);
        assertThat(api.as("andi", "PUT", pi + "/variables/postTestScore", HUNDRED).status()).isEqualTo(404);
        assertThat(api.as("andi", "POST", pi + "/variables", modification).status()).isEqualTo(404);
        assertThat(api.as("andi", "POST", pi + "/modification", Map.of("instructions", List.of(Map.of(
                "type", "startBeforeActivity", "activityId", "Task_EvaluateReactionAndLearning")))).status()).isEqualTo(404);
        assertThat(api.as("andi", "PUT", ex + "/localVariables/postTestScore", HUNDRED).status()).isEqualTo(404);
        assertThat(api.as("andi", "POST", "/engine-rest/message", message).status()).isEqualTo(403);
        assertThat(api.as("andi", "POST", "/engine-rest/signal", Map.of("name", "x")).status()).isEqualTo(403);

        // the survey with the scores on the side: 400 naming them, and the case does not move
        Map<String, Object> forged = submission(CaseDriver.postTrainingSurvey(5));
        variables(forged).put(CaseVariables.POST_TEST_SCORE, HUNDRED);
        variables(forged).put(CaseVariables.PRE_TEST_SCORE, Map.of("value", 0, "type", "Integer"));
        for (String way : List.of("/complete", "/submit-form")) {
            Reply refused = api.as("andi", "POST", t + way, forged);
            assertThat(refused.status()).as(refused.text()).isEqualTo(400);
            assertThat(refused.text()).contains("postTestScore", "preTestScore", "bukan isian formulir");
        }
        assertThat(driver.task(andis, TASK_FILL_POST_TRAINING_SURVEY)).isNotNull();

        // submitted as the form is: the gain is HR's
        assertThat(api.as("andi", "POST", t + "/submit-form", submission(CaseDriver.postTrainingSurvey(5))).status())
                .isEqualTo(204);
        driver.settle(andis);
        assertThat(gain()).isEqualByComparingTo("0.5");
        assertThat(jdbc.queryForObject("select band from evaluation_result where measure = 'LEARNING_GAIN'", String.class))
                .isEqualTo("MEDIUM");
        assertThat(jdbc.queryForObject("select post_test_score from enrollment where status = 'ATTENDED'", Integer.class))
                .isEqualTo(70);
    }

    @Test
    void aCompletionInAnotherEncodingOrWithOtherKindsOfValueIsRefused() throws Exception {
        Task survey = driver.task(andis, TASK_FILL_POST_TRAINING_SURVEY);
        String t = "/engine-rest/task/" + survey.getId() + "/submit-form";
        Map<String, Object> forged = submission(CaseDriver.postTrainingSurvey(5));
        variables(forged).put(CaseVariables.POST_TEST_SCORE, HUNDRED);
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(forged);
        // the same forgery in UTF-16 and UTF-32, and with a byte-order mark: never past the checks
        for (java.nio.charset.Charset charset : List.of(java.nio.charset.StandardCharsets.UTF_16LE,
                java.nio.charset.StandardCharsets.UTF_16BE, java.nio.charset.Charset.forName("UTF-32LE"))) {
            Reply refused = api.bytes("andi", "POST", t, json.getBytes(charset), "application/json");
            assertThat(refused.status()).as(charset + ": " + refused.text()).isEqualTo(400);
        }
        byte[] bom = ("\uFEFF" + json).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(api.bytes("andi", "POST", t, bom, "application/json").status()).isEqualTo(400);

        // a field of the form with a value of a kind it does not take: 400 naming it, nothing deserialized
        Map<String, Map<String, Object>> kinds = Map.of(
                "file", Map.of("value", "x", "type", "File"),
                "bytes", Map.of("value", "eA==", "type", "Bytes"),
                "xml", Map.of("value", "<a/>", "type", "Xml"),
                "date", Map.of("value", "2026-01-01T00:00:00.000+0000", "type", "Date"),
                "object", Map.of("value", "{}", "type", "Object", "valueInfo", Map.of(
                        "objectTypeName", "java.lang.ProcessBuilder", "serializationDataFormat", "application/json")),
                "json on a text", Map.of("value", "{}", "type", "Json"));
        for (Map.Entry<String, Map<String, Object>> kind : kinds.entrySet()) {
            Map<String, Object> answers = submission(CaseDriver.postTrainingSurvey(5));
            variables(answers).put("actionPlan", kind.getValue());
            Reply refused = api.as("andi", "POST", t, answers);
            assertThat(refused.status()).as(kind.getKey() + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.text()).as(kind.getKey()).contains("actionPlan").doesNotContain("Exception:");
        }
        assertThat(driver.task(andis, TASK_FILL_POST_TRAINING_SURVEY)).isNotNull();
    }

    @Test
    void theEngineItselfTakesAFormsFieldsOnlyWhoeverCompletes() {
        Task survey = driver.task(andis, TASK_FILL_POST_TRAINING_SURVEY);
        Map<String, Object> answers = new HashMap<>(CaseDriver.postTrainingSurvey(5));
        answers.put(CaseVariables.POST_TEST_SCORE, 100);
        // through the Java API, as an administrator: the engine's own check refuses it all the same
        engine.getIdentityService().setAuthentication("admin", List.of(Roles.ADMIN));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService().complete(survey.getId(), answers))
                    .isInstanceOf(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class)
                    .hasMessageContaining("postTestScore");
            Map<String, Object> renamed = new HashMap<>(CaseDriver.postTrainingSurvey(5));
            renamed.put(CaseVariables.EMPLOYEE_NAME, "Orang Lain");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService().complete(survey.getId(), renamed))
                    .hasMessageContaining(CaseVariables.EMPLOYEE_NAME);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(driver.task(andis, TASK_FILL_POST_TRAINING_SURVEY)).isNotNull();
        assertThat(engine.getRuntimeService().getVariable(andis.getId(), CaseVariables.POST_TEST_SCORE)).isEqualTo(70);
    }

    @Test
    void aParticipantCannotHandHisTaskOnOrGiveItAway() throws Exception {
        Task survey = driver.task(andis, TASK_FILL_POST_TRAINING_SURVEY);
        String t = "/engine-rest/task/" + survey.getId();
        assertThat(api.as("andi", "POST", t + "/assignee", Map.of("userId", "dewi")).status()).isEqualTo(403);
        assertThat(api.as("andi", "POST", t + "/delegate", Map.of("userId", "dewi")).status()).isEqualTo(403);
        assertThat(api.as("andi", "POST", t + "/identity-links", Map.of("userId", "dewi", "type", "candidate")).status())
                .isEqualTo(403);
        assertThat(api.as("andi", "PUT", t, Map.of("name", "x", "assignee", "dewi", "owner", "dewi")).status()).isEqualTo(403);
        assertThat(api.as("andi", "POST", t + "/claim", Map.of("userId", "dewi")).status()).isEqualTo(403);
        assertThat(api.as("andi", "POST", t + "/unclaim", null).status()).as("his task would be nobody's").isEqualTo(403);
        assertThat(api.as("andi", "POST", t + "/resolve", submission(CaseDriver.postTrainingSurvey(5))).status()).isEqualTo(403);
        Task after = driver.task(andis, TASK_FILL_POST_TRAINING_SURVEY);
        assertThat(after.getAssignee()).isEqualTo("andi");
        assertThat(after.getOwner()).isNull();
        assertThat(engine.getTaskService().getIdentityLinksForTask(after.getId())).allSatisfy(
                link -> assertThat(link.getUserId()).isIn("andi", null));
        // dewi cannot even see it
        assertThat(api.as("dewi", "GET", t + "/variables", null).status()).isEqualTo(404);
        assertThat(api.as("dewi", "GET", t + "/form-variables", null).status()).isEqualTo(404);
    }

    @Test
    void aSupervisorCannotChangeTheFiguresOfSomeoneElsesCaseNorAddFiguresToHisOwnForm() throws Exception {
        Task survey = driver.task(andis, TASK_FILL_POST_TRAINING_SURVEY);
        String t = "/engine-rest/task/" + survey.getId();
        assertThat(api.as("rina", "PUT", t + "/variables/postTestScore", HUNDRED).status()).isEqualTo(404);
        assertThat(api.as("rina", "POST", t + "/complete", submission(CaseDriver.postTrainingSurvey(5))).status())
                .isEqualTo(404);
        driver.complete(andis, TASK_FILL_POST_TRAINING_SURVEY, "andi", CaseDriver.postTrainingSurvey(4));
        driver.runJob(andis);

        // budi interviews andi and, on the side, sets the figures the decision reads
        Task interview = driver.task(andis, TASK_CONDUCT_SUPERVISOR_INTERVIEW);
        Map<String, Object> forged = submission(CaseDriver.interview(Map.of("T-LPE", 4)));
        variables(forged).put(CaseVariables.LEARNING_GAIN, Map.of("value", 1.0, "type", "Double"));
        variables(forged).put(CaseVariables.UNMASTERED_COMPETENCIES, Map.of("value", 0, "type", "Integer"));
        Reply refused = api.as("budi", "POST", "/engine-rest/task/" + interview.getId() + "/submit-form", forged);
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.text()).contains("learningGain", "unmasteredCompetencies");
        assertThat(driver.task(andis, TASK_CONDUCT_SUPERVISOR_INTERVIEW)).isNotNull();
        assertThat(gain()).isEqualByComparingTo("0.5");
    }

    @Test
    void nobodyButAnAdministratorStartsAProcessThroughTheEngine() throws Exception {
        long before = engine.getRuntimeService().createProcessInstanceQuery().count();
        String start = "/engine-rest/process-definition/key/" + PROCESS_ID + "/start";
        assertThat(api.as("siti", "POST", start, Map.of("businessKey", andis.getBusinessKey())).status()).isEqualTo(403);
        assertThat(api.as("siti", "POST", start, Map.of()).status()).isEqualTo(403);
        assertThat(api.as("siti", "POST", start, Map.of("businessKey", "HACK-1")).status()).isEqualTo(403);
        assertThat(api.as("siti", "POST", "/engine-rest/process-definition/key/TrainingProgramProcess/start",
                Map.of()).status()).isEqualTo(403);
        assertThat(api.as("andi", "POST", start, Map.of()).status()).isEqualTo(403);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
        // and Camunda itself grants nobody but camunda-admin CREATE_INSTANCE
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().list()).noneSatisfy(a -> {
            assertThat(a.getGroupId()).isNotEqualTo(Roles.ADMIN);
            assertThat(a.isPermissionGranted(org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE))
                    .isTrue();
        });
    }

    @Test
    void theWebappsCopyOfTheEngineApiHasTheSameDoor() throws Exception {
        Task survey = driver.task(andis, TASK_FILL_POST_TRAINING_SURVEY);
        HttpCalls browser = HttpCalls.browser(port);
        browser.call(null, null, "GET", "/camunda/app/tasklist/default/", null, Map.of());
        browser.call(null, null, "POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                "username=andi&password=demo", Map.of("Content-Type", "application/x-www-form-urlencoded",
                        "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")));
        browser.call(null, null, "GET", "/camunda/api/admin/auth/user/default", null, Map.of());
        Map<String, String> token = Map.of("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"));
        String t = "/camunda/api/engine/engine/default/task/" + survey.getId();

        assertThat(browser.call(null, null, "PUT", t + "/variables/postTestScore", HUNDRED, token).status()).isEqualTo(403);
        Map<String, Object> forged = submission(CaseDriver.postTrainingSurvey(5));
        variables(forged).put(CaseVariables.POST_TEST_SCORE, HUNDRED);
        Reply refused = browser.call(null, null, "POST", t + "/submit-form", forged, token);
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.text()).contains("postTestScore");
        Reply submitted = browser.call(null, null, "POST", t + "/submit-form", submission(CaseDriver.postTrainingSurvey(5)), token);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(204);
        driver.settle(andis);
        assertThat(gain()).isEqualByComparingTo("0.5");
    }

    BigDecimal gain() {
        return jdbc.queryForObject("select score from evaluation_result where measure = 'LEARNING_GAIN'", BigDecimal.class);
    }

    /** A form's answers as /engine-rest takes them: {"variables": {name: {"value": ...}}}. */
    static Map<String, Object> submission(Map<String, Object> answers) {
        Map<String, Object> variables = new LinkedHashMap<>();
        answers.forEach((name, value) -> variables.put(name, value instanceof org.camunda.bpm.engine.variable.value.TypedValue typed
                ? Map.of("value", typed.getValue().toString(), "type", "Json") : Map.of("value", value)));
        Map<String, Object> body = new HashMap<>();
        body.put("variables", variables);
        return body;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> variables(Map<String, Object> submission) {
        return (Map<String, Object>) submission.get("variables");
    }
}
