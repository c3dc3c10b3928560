package id.kompeten.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.security.HttpCalls.Reply;
import id.kompeten.demo.DemoData;
import java.io.IOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A case from POST /api/cases to closed, only through HTTP (/api and /engine-rest), each step as the demo user
 * whose step it is, with refused answers on the way; the case file is checked at the end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseOverHttpTests {

    @LocalServerPort int port;
    final ObjectMapper json = new ObjectMapper();
    HttpCaseSteps steps;

    @org.junit.jupiter.api.BeforeEach
    void steps() {
        steps = new HttpCaseSteps(port);
    }

    Reply call(String user, String method, String path, Object body) throws IOException, InterruptedException {
        return steps.call(user, method, path, body);
    }

    String task(String user, String caseNumber, String taskKey) throws Exception {
        return steps.task(user, caseNumber, taskKey);
    }

    Reply complete(String user, String taskId, Map<String, Object> variables) throws Exception {
        return steps.complete(user, taskId, variables);
    }

    void runJobs(String processInstanceId) throws Exception {
        steps.runJobs(processInstanceId);
    }

    static List<Map<String, Object>> rows(Map<String, Object> byCompetency) {
        return HttpCaseSteps.rows(byCompetency);
    }

    @Test
    void walksACaseFromOpeningToClosedOverHttpAsTheDemoUsers() throws Exception {
        assertThat(call(null, "POST", "/api/cases", Map.of()).status()).isEqualTo(401);
        assertThat(call(null, "GET", "/engine-rest/task?maxResults=10", null).status()).isEqualTo(401);
        Reply malformed = call("siti", "POST", "/api/cases", Map.of("employeeNip", "12345", "cycleYear", 2026));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text()).contains("employeeNip");

        Reply opened = call("siti", "POST", "/api/cases",
                Map.of("employeeNip", DemoData.DEWI_NIP, "cycleYear", Year.now().getValue()));
        assertThat(opened.status()).isEqualTo(201);
        String caseNumber = opened.body().get("caseNumber").asText();
        assertThat(caseNumber).matches("KMP-\\d{4}-\\d{6}");
        // HR has no right to read process instances in the engine: the administrator looks the instance up
        String instance = call("admin", "GET", "/engine-rest/process-instance?maxResults=10&businessKey=" + caseNumber, null)
                .body().get(0).get("id").asText();
        runJobs(instance);

        // dewi (Statistisi: T-ADS 4, M-PP 3, M-KOM 3) rates herself; a rating of 9 is refused and nothing moves
        String survey = task("dewi", caseNumber, "Task_FillNeedsSurvey");
        JsonNode shown = call("dewi", "GET", "/engine-rest/task/" + survey + "/form-variables?deserializeValues=false", null).body();
        assertThat(json.readTree(shown.get("selfRatings").get("value").asText())).hasSize(3);
        Map<String, Object> bad = Map.of("selfRatings", rows(Map.of("T-ADS", "9", "M-PP", "3", "M-KOM", "3")),
                "developmentGoal", "Analisis data", "preferredMode", "BLENDED");
        Reply refused = complete("dewi", survey, bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("message").asText()).contains("rating").contains("1 sampai 5");
        assertThat(task("dewi", caseNumber, "Task_FillNeedsSurvey")).isEqualTo(survey);
        assertThat(complete("dewi", survey, Map.of("selfRatings", rows(Map.of("T-ADS", "2", "M-PP", "3", "M-KOM", "3")),
                "developmentGoal", "Analisis data sektoral untuk perencanaan", "preferredMode", "BLENDED")).status())
                .isEqualTo(204);
        assertThat(complete("budi", task("budi", caseNumber, "Task_AssessCompetencies"),
                Map.of("supervisorRatings", rows(Map.of("T-ADS", "2", "M-PP", "3", "M-KOM", "3")))).status())
                .isEqualTo(204);
        runJobs(instance);
        new HttpCaseSteps(port).planCourses(caseNumber, "dewi", "budi");

        // siti claims the scheduling task from the hr-staff queue; an unknown session is refused
        String schedule = task("siti", caseNumber, "Task_ScheduleTraining");
        assertThat(call("siti", "POST", "/engine-rest/task/" + schedule + "/claim", Map.of("userId", "siti")).status())
                .isEqualTo(204);
        JsonNode options = json.readTree(call("siti", "GET", "/engine-rest/task/" + schedule + "/form-variables?deserializeValues=false", null)
                .body().get("sessionOptions").get("value").asText());
        assertThat(options).isNotEmpty();
        assertThat(options.get(0).get("label").asText()).contains("Analisis Data Statistik Sektoral");
        Reply unknownSession = complete("siti", schedule, Map.of("trainingSessionId", "999999"));
        assertThat(unknownSession.status()).isEqualTo(400);
        assertThat(unknownSession.body().get("message").asText()).contains("trainingSessionId");
        assertThat(complete("siti", schedule, Map.of("trainingSessionId", options.get(0).get("value").asText())).status())
                .isEqualTo(204);
        runJobs(instance);

        String results = task("siti", caseNumber, "Task_RecordTrainingResults");
        Reply outOfRange = complete("siti", results, Map.of("attended", "true", "attendedMinutes", 1080,
                "preTestScore", 150, "postTestScore", 70));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.body().get("message").asText()).contains("preTestScore");
        assertThat(complete("siti", results, Map.of("attended", "true", "attendedMinutes", 1080,
                "preTestScore", 40, "postTestScore", 70)).status()).isEqualTo(204);
        runJobs(instance);

        Map<String, Object> reaction = new LinkedHashMap<>();
        List.of("relevance", "material", "trainer", "scheduleFit", "overall", "confidence")
                .forEach(item -> reaction.put(item, "4"));
        reaction.put("actionPlan", "Menyusun dasbor statistik sektoral bulanan");
        assertThat(complete("dewi", task("dewi", caseNumber, "Task_FillPostTrainingSurvey"), reaction).status())
                .isEqualTo(204);
        runJobs(instance);
        assertThat(complete("budi", task("budi", caseNumber, "Task_ConductSupervisorInterview"),
                Map.of("applicationRatings", rows(Map.of("T-ADS", "4")),
                        "behaviourNotes", "Dasbor sudah dipakai rapat pimpinan")).status()).isEqualTo(204);
        runJobs(instance);

        Reply file = call("siti", "GET", "/api/cases/" + caseNumber, null);
        assertThat(file.status()).isEqualTo(200);
        JsonNode c = file.body();
        assertThat(c.get("status").asText()).isEqualTo("CLOSED");
        assertThat(c.get("outcome").asText()).isEqualTo("COMPLETED");
        assertThat(c.get("openedBy").asText()).isEqualTo("siti");
        // 1080 minutes / 45 = 24 JP
        assertThat(c.get("jpCredited").decimalValue()).isEqualByComparingTo("24");
        assertThat(c.get("trainingNeeds").findValuesAsText("competencyCode")).contains("T-ADS");
        assertThat(c.get("enrollments").get(0).get("status").asText()).isEqualTo("ATTENDED");
        assertThat(c.get("evaluations").findValuesAsText("measure"))
                .contains("REACTION", "LEARNING_GAIN", "TRANSFER", "FOLLOW_UP");
        List<String> timeline = new ArrayList<>();
        c.get("timeline").forEach(e -> timeline.add(e.get("stepId").asText() + " by " + e.get("actor").asText()));
        assertThat(timeline).contains("Task_FillNeedsSurvey by dewi", "Task_AssessCompetencies by budi",
                "Task_ProposeDevelopmentPlan by dewi", "Task_ApproveDevelopmentPlan by budi",
                "Task_ScheduleTraining by siti", "Task_RecordTrainingResults by siti",
                "Task_ConductSupervisorInterview by budi", "EndEvent_CaseCompleted by sistem");
        assertThat(call("siti", "GET", "/api/cases/KMP-1999-000001", null).status()).isEqualTo(404);

        // no SMTP server in the test profile: every email the case asked for is recorded, none sent
        JsonNode emails = call("siti", "GET", "/api/cases/" + caseNumber + "/emails", null).body();
        List<String> sent = new ArrayList<>();
        emails.forEach(e -> sent.add(e.get("kind").asText() + " " + e.get("recipient").asText() + " " + e.get("locale").asText()
                + " " + e.get("status").asText()));
        assertThat(sent).contains("NEEDS_SURVEY_REQUEST dewi en MAIL_DISABLED", "ASSESSMENT_REQUEST budi id MAIL_DISABLED",
                "TRAINING_INVITATION dewi en MAIL_DISABLED", "CASE_CLOSED dewi en MAIL_DISABLED");
        assertThat(call("siti", "GET", "/api/cases/KMP-1999-000001/emails", null).status()).isEqualTo(404);
        assertThat(call("siti", "GET", "/api/cases?status=CLOSED&year=" + Year.now().getValue(), null)
                .body().get("content").findValuesAsText("caseNumber")).contains(caseNumber);
    }
}
