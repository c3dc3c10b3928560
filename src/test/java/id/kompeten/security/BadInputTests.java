package id.kompeten.security;

import static id.kompeten.process.CaseProcess.TASK_FILL_NEEDS_SURVEY;
import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.security.HttpCalls.Reply;
import id.kompeten.demo.DemoData;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Bad input through every entry point (REST task completion, Tasklist's form submission, the case API) is
 * refused with 400 naming the field, and the case does not change; markup in a text answer is kept as text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BadInputTests {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    HttpCalls api;
    CaseDriver driver;
    ProcessInstance instance;
    String survey;

    @BeforeEach
    void setUp() {
        api = new HttpCalls(port);
        driver = new CaseDriver(engine, jdbc);
        driver.reset();
        String caseNumber = cases.open(DemoData.ANDI_NIP, Year.now().getValue(), "siti").getCaseNumber();
        instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult();
        driver.settle(instance);
        survey = driver.task(instance, TASK_FILL_NEEDS_SURVEY).getId();
    }

    Map<String, Object> answers(String rating, String goal) {
        List<Map<String, String>> ratings = List.of(Map.of("competencyCode", "T-LPE", "rating", rating),
                Map.of("competencyCode", "M-KOM", "rating", "3"), Map.of("competencyCode", "SK-PB", "rating", "2"));
        Map<String, Object> variables = new LinkedHashMap<>();
        try {
            variables.put("selfRatings", Map.of("type", "Json",
                    "value", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(ratings)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        variables.put("developmentGoal", Map.of("value", goal));
        variables.put("preferredMode", Map.of("value", "KLASIKAL"));
        return Map.of("variables", variables);
    }

    void assertRefused(Reply reply, String field) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.text()).contains(field);
        assertThat(driver.task(instance, TASK_FILL_NEEDS_SURVEY)).as("the case did not move").isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from needs_survey", Integer.class)).isZero();
    }

    @Test
    void restCompletionRefusesOutOfRangeScoresAndOversizedText() throws Exception {
        assertRefused(api.as("andi", "POST", "/engine-rest/task/" + survey + "/complete", answers("9", "Belajar")),
                "selfRatings[0].rating");
        assertRefused(api.as("andi", "POST", "/engine-rest/task/" + survey + "/complete", answers("2", "x".repeat(5000))),
                "developmentGoal");
        assertThat(api.as("andi", "POST", "/engine-rest/task/tidak-ada/complete", answers("2", "Belajar")).status())
                .isEqualTo(404);
    }

    @Test
    void tasklistFormSubmissionRefusesTheSame() throws Exception {
        assertRefused(api.as("andi", "POST", "/engine-rest/task/" + survey + "/submit-form", answers("0", "Belajar")),
                "selfRatings[0].rating");
        assertRefused(api.as("andi", "POST", "/engine-rest/task/" + survey + "/submit-form", answers("2", " ")),
                "developmentGoal");
    }

    @Test
    void caseApiRefusesMalformedAndUnknownInput() throws Exception {
        int year = Year.now().getValue();
        long before = jdbc.queryForObject("select count(*) from competency_case", Long.class);
        Reply malformed = api.as("siti", "POST", "/api/cases", Map.of("employeeNip", "12345", "cycleYear", year));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("errors").has("employeeNip")).isTrue();
        Reply unknown = api.as("siti", "POST", "/api/cases", Map.of("employeeNip", "198001012005011999", "cycleYear", year));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("employeeNip");
        Reply hugeNip = api.as("siti", "POST", "/api/cases", Map.of("employeeNip", "9".repeat(100_000), "cycleYear", year));
        assertThat(hugeNip.status()).isEqualTo(400);
        assertThat(hugeNip.text()).contains("employeeNip");
        assertThat(api.as("siti", "POST", "/api/cases", "{\"employeeNip\": ").status()).isEqualTo(400);
        assertThat(api.as("siti", "GET", "/api/cases?year=abc", null).status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from competency_case", Long.class)).isEqualTo(before);
    }

    @Test
    void markupInATextAnswerIsKeptAsText() throws Exception {
        String goal = "<script>alert('x')</script><b>SPBE</b>";
        assertThat(api.as("andi", "POST", "/engine-rest/task/" + survey + "/complete", answers("2", goal)).status())
                .isEqualTo(204);
        assertThat(jdbc.queryForObject("select development_goal from needs_survey", String.class)).isEqualTo(goal);
        String caseNumber = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult().getBusinessKey();
        Reply file = api.as("andi", "GET", "/api/cases/" + caseNumber, null);
        assertThat(file.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(file.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void anUnreadableBodyIsA400WithoutTheParsersInternals() throws Exception {
        for (String body : List.of("{/*c*/\"maxResults\":1}", "{'a':1}", "{\"a\":", "[1,]")) {
            Reply refused = api.as("admin", "POST", "/engine-rest/task/count", body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.text()).as(body).contains("bukan JSON yang valid").doesNotContain("Feature", "Source", "jackson");
        }
    }

    @Test
    void javaSerializedObjectsAreRefused() throws Exception {
        // "rO0AB..." is a Java-serialized String: with deserialization of Java objects off it never gets in
        Map<String, Object> payload = Map.of("type", "Object", "value", "rO0ABXQABWhhbGxv",
                "valueInfo", Map.of("objectTypeName", "java.lang.String",
                        "serializationDataFormat", "application/x-java-serialized-object"));
        // a participant sets no variable at all through the engine's API
        assertThat(api.as("andi", "PUT", "/engine-rest/task/" + survey + "/variables/payload", payload).status())
                .isEqualTo(403);
        // nor does an administrator set a Java object; Camunda answers this refusal with 500 (its RestException)
        Reply refused = api.as("admin", "PUT", "/engine-rest/task/" + survey + "/variables/payload", payload);
        assertThat(refused.status()).as(refused.text()).isIn(400, 500);
        assertThat(refused.text()).contains("Java serialization format is prohibited");
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "payload")).isNull();
    }

    @Test
    void aCompletionCannotRewriteWhoTheCaseBelongsTo() throws Exception {
        // andi answers his survey and, on the side, names himself his own supervisor
        Map<String, Object> answers = new LinkedHashMap<>(answers("2", "Belajar SPBE"));
        @SuppressWarnings("unchecked")
        Map<String, Object> variables = new LinkedHashMap<>((Map<String, Object>) answers.get("variables"));
        variables.put("supervisor", Map.of("value", "andi"));
        Reply refused = api.as("andi", "POST", "/engine-rest/task/" + survey + "/complete", Map.of("variables", variables));
        assertRefused(refused, "supervisor");
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "supervisor")).isEqualTo("budi");

        variables.remove("supervisor");
        variables.put("participant", Map.of("value", "dewi"));
        assertRefused(api.as("andi", "POST", "/engine-rest/task/" + survey + "/complete", Map.of("variables", variables)),
                "participant");
    }
}
