package id.kompeten.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kompeten.cases.CaseDriver;
import id.kompeten.demo.DemoData;
import id.kompeten.process.ActivityProcess;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.ClaimProcess;
import id.kompeten.process.ProgrammeProcess;
import id.kompeten.security.HttpCalls;
import id.kompeten.security.HttpCalls.Reply;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A coaching as its people do it, over HTTP with authorizations on (Tasklist's submit-form): HR of the agency start
 * it, budi (andi's supervisor, his coach by default) agrees the goals and logs two sessions, reminded of a log left
 * waiting, closes it with his assessment; andi rates it; the sessions' minutes are credited once. Every path of
 * GuidedActivityProcess on the engine, its coverage asserted; who may start, read and act, and bad input refused
 * naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, GuidedActivityProcessTests.Coverage.class})
class GuidedActivityProcessTests {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary // the library has its own default; without this it silently uses that and asserts nothing
        ProcessEngineCoverageProperties coverageProperties() {
            return ProcessEngineCoverageProperties.Companion.builder()
                    .excludeProcessDefinitionKeys(CaseProcess.PROCESS_ID, ProgrammeProcess.PROCESS_ID,
                            ClaimProcess.PROCESS_ID, "JpReminderProcess")
                    .assertClassCoverageAtLeast(0.9)
                    .build();
        }
    }

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    HttpCalls api;

    @BeforeEach
    void reset() {
        new CaseDriver(engine, jdbc).reset();
        id.kompeten.security.TestUsers.ensureAll(engine);
        api = new HttpCalls(port);
    }

    ProcessInstance started(String kind) throws Exception {
        Reply started = api.as("siti", "POST", "/api/activities", Map.of("employeeNip", DemoData.ANDI_NIP, "kind", kind,
                "title", "Penyusunan Arsitektur SPBE Daerah"));
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        assertThat(started.body().get("coach").asText()).isEqualTo("budi");
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(started.body().get("activityNumber").asText()).singleResult();
        settle(instance, false);
        return instance;
    }

    void settle(ProcessInstance instance, boolean timers) {
        CaseDriver.runDue(engine, instance.getId(), timers);
    }

    Task task(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    Reply submit(String user, ProcessInstance instance, Map<String, Object> answers) throws Exception {
        Map<String, Object> typed = new LinkedHashMap<>();
        answers.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        Reply reply = api.as(user, "POST", "/engine-rest/task/" + task(instance).getId() + "/submit-form",
                Map.of("variables", typed));
        settle(instance, false);
        return reply;
    }

    String day(int daysAgo) {
        return LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(daysAgo).toString();
    }

    List<String> emails(ProcessInstance instance, String kind) {
        return jdbc.queryForList("select recipient from email_message where topic = ? and kind = ?", String.class,
                instance.getBusinessKey(), kind);
    }

    @Test
    void aCoachingOfTwoSessionsIsClosedRatedAndItsMinutesCreditedOnce() throws Exception {
        ProcessInstance coaching = started("COACHING");
        assertThat(coaching).isWaitingAt(ActivityProcess.TASK_AGREE_GUIDANCE_GOALS);
        assertThat(emails(coaching, "GUIDANCE_GOALS_REQUEST")).containsExactly("budi");
        assertThat(task(coaching).getAssignee()).isEqualTo("budi");
        assertThat(task(coaching).getName()).isEqualTo("Sepakati tujuan coaching/mentoring — Andi Pratama · "
                + coaching.getBusinessKey());

        // only the coach acts on the coach's tasks, with the form's fields only
        assertThat(submit("andi", coaching, Map.of("goals", "x", "plannedSessions", 2)).status()).isEqualTo(404);
        assertThat(submit("budi", coaching, Map.of("goals", "Menyusun peta proses layanan SPBE", "plannedSessions", 2,
                "jp", 40)).status()).isEqualTo(400);
        assertThat(submit("budi", coaching, Map.of("goals", "Menyusun peta proses layanan SPBE", "plannedSessions", 2))
                .status()).isEqualTo(204);

        assertThat(coaching).isWaitingAt(ActivityProcess.TASK_LOG_GUIDANCE_SESSION);
        Reply future = submit("budi", coaching, Map.of("heldOn", day(-3), "sessionMinutes", 90, "sessionNotes", "x",
                "nextStep", "ANOTHER"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.text()).contains("heldOn");
        Reply tooLong = submit("budi", coaching, Map.of("heldOn", day(0), "sessionMinutes", 600, "sessionNotes", "x",
                "nextStep", "ANOTHER"));
        assertThat(tooLong.text()).contains("sessionMinutes");
        assertThat(submit("budi", coaching, Map.of("heldOn", day(0), "sessionMinutes", 90,
                "sessionNotes", "Memetakan layanan perizinan", "nextStep", "ANOTHER")).status()).isEqualTo(204);
        assertThat(coaching).isWaitingAt(ActivityProcess.TASK_LOG_GUIDANCE_SESSION);
        assertThat(engine.getFormService().getTaskFormVariables(task(coaching).getId())
                .getValue(ActivityProcess.ACTIVITY_SUMMARY, String.class))
                .contains("Tujuan: Menyusun peta proses layanan SPBE (2 sesi direncanakan)", "90 menit: Memetakan layanan perizinan",
                        "JP sejauh ini: 2");
        assertThat(submit("budi", coaching, Map.of("heldOn", day(0), "sessionMinutes", 45,
                "sessionNotes", "Meninjau rancangan", "nextStep", "CLOSE")).status()).isEqualTo(204);

        assertThat(coaching).isWaitingAt(ActivityProcess.TASK_CLOSE_GUIDANCE);
        assertThat(submit("budi", coaching, Map.of("goalsAttained", 4, "appliedOnJob", 6, "closingNote", "x"))
                .text()).contains("appliedOnJob");
        assertThat(submit("budi", coaching, Map.of("goalsAttained", 4, "appliedOnJob", 4,
                "closingNote", "Peta proses disusun sendiri")).status()).isEqualTo(204);

        assertThat(coaching).isWaitingAt(ActivityProcess.TASK_RATE_GUIDANCE);
        assertThat(emails(coaching, "GUIDANCE_RATING_REQUEST")).containsExactly("andi");
        assertThat(task(coaching).getAssignee()).isEqualTo("andi");
        assertThat(submit("budi", coaching, Map.of("usefulness", 5, "coachHelpfulness", 5)).status()).isEqualTo(404);
        assertThat(submit("andi", coaching, Map.of("usefulness", 5, "coachHelpfulness", 4)).status()).isEqualTo(204);

        assertThat(coaching).hasPassed("Task_CreditActivityJp", "EndEvent_ActivityCompleted").isEnded();
        // (90 + 45) / 45 = 3 JP, once
        assertThat(jdbc.queryForList("select jp from jp_ledger_entry where kind = 'COACHING' and employee_nip = ?",
                java.math.BigDecimal.class, DemoData.ANDI_NIP)).singleElement()
                .satisfies(jp -> assertThat(jp).isEqualByComparingTo("3"));
        assertThat(emails(coaching, "ACTIVITY_COMPLETED")).containsExactly("andi");
        JsonNode read = api.as("andi", "GET", "/api/activities/" + coaching.getBusinessKey(), null).body();
        assertThat(read.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(read.get("sessions")).hasSize(2);
        assertThat(read.get("goalsAttained").asInt()).isEqualTo(4);
        assertThat(read.get("usefulness").asInt()).isEqualTo(5);
        JsonNode siasn = api.as("siti", "GET", "/api/jp/siasn?agency=" + DemoData.AGENCY.replace(" ", "%20")
                + "&year=" + LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear(), null).body();
        assertThat(siasn.findValuesAsText("jenisKursus")).contains("Coaching");
    }

    @Test
    void aSessionLogLeftWaitingRemindsTheCoach() throws Exception {
        ProcessInstance mentoring = started("MENTORING");
        submit("budi", mentoring, Map.of("goals", "Mendampingi penyusunan laporan", "plannedSessions", 3));
        settle(mentoring, true);
        assertThat(mentoring).hasPassed("EndEvent_SessionLogReminderSent").isWaitingAt(ActivityProcess.TASK_LOG_GUIDANCE_SESSION);
        assertThat(emails(mentoring, "GUIDANCE_LOG_OVERDUE")).containsExactly("budi");
    }

    @Test
    void onlyHrOfTheAgencyStartOneAndBadInputIsRefusedNamingTheField() throws Exception {
        Map<String, Object> coaching = Map.of("employeeNip", DemoData.ANDI_NIP, "kind", "COACHING", "title", "Coaching");
        assertThat(api.as("andi", "POST", "/api/activities", coaching).status()).isEqualTo(403);
        assertThat(api.as("budi", "POST", "/api/activities", coaching).status()).isEqualTo(403);
        assertThat(api.as("tono", "POST", "/api/activities", coaching).status()).isEqualTo(403);
        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("kind", Map.of("employeeNip", DemoData.ANDI_NIP, "kind", "PELATIHAN", "title", "x"));
        bad.put("title", Map.of("employeeNip", DemoData.ANDI_NIP, "kind", "COACHING", "title", " "));
        bad.put("coach", Map.of("employeeNip", DemoData.ANDI_NIP, "kind", "COACHING", "title", "x", "coach", "andi"));
        bad.put("employeeNip", Map.of("employeeNip", "123", "kind", "COACHING", "title", "x"));
        for (Map.Entry<String, Map<String, Object>> each : bad.entrySet()) {
            Reply refused = api.as("siti", "POST", "/api/activities", each.getValue());
            assertThat(refused.status()).as(each.getKey() + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.body().get("errors").has(each.getKey())).as(refused.text()).isTrue();
        }
        Reply ghost = api.as("siti", "POST", "/api/activities", Map.of("employeeNip", DemoData.ANDI_NIP, "kind",
                "MENTORING", "title", "x", "coach", "hantu"));
        assertThat(ghost.body().get("errors").has("coach")).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from development_activity", Integer.class)).isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ActivityProcess.GUIDED_PROCESS_ID).count()).isZero();
    }
}
