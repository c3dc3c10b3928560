package id.kompeten.activity;

import static id.kompeten.activity.ActivitySteps.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kompeten.demo.DemoData;
import id.kompeten.process.ActivityProcess;
import id.kompeten.security.HttpCalls.Reply;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * A coaching as its people do it, over HTTP with authorizations on (Tasklist's submit-form): HR of the agency start
 * it, budi (andi's supervisor, his coach by default) agrees the goals and logs two sessions, reminded of a log left
 * waiting, closes it with his assessment; andi rates it; the sessions' minutes are credited once. Every path of
 * GuidedActivityProcess on the engine, its coverage asserted; who may start, read and act, and bad input refused
 * naming the field.
 */
@Import({ProcessEngineCoverageConfiguration.class, GuidedActivityProcessTests.Coverage.class})
class GuidedActivityProcessTests extends ActivityProcessBase {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverageProperties() {
            return coverageOf(ActivityProcess.GUIDED_PROCESS_ID);
        }
    }

    ProcessInstance started(String kind) throws Exception {
        Reply started = api.as("siti", "POST", "/api/activities", Map.of("employeeNip", DemoData.ANDI_NIP, "kind", kind,
                "title", "Penyusunan Arsitektur SPBE Daerah"));
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        assertThat(started.body().get("coach").asText()).isEqualTo("budi");
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(started.body().get("activityNumber").asText()).singleResult();
        steps.settle(instance, false);
        return instance;
    }

    @Test
    void aCoachingOfTwoSessionsIsClosedRatedAndItsMinutesCreditedOnce() throws Exception {
        ProcessInstance coaching = started("COACHING");
        assertThat(coaching).isWaitingAt(ActivityProcess.TASK_AGREE_GUIDANCE_GOALS);
        assertThat(steps.emails(coaching, "GUIDANCE_GOALS_REQUEST")).containsExactly("budi");
        assertThat(steps.openTask(coaching).getAssignee()).isEqualTo("budi");
        assertThat(steps.openTask(coaching).getName()).isEqualTo("Sepakati tujuan coaching/mentoring — Andi Pratama · "
                + coaching.getBusinessKey());

        // only the coach acts on the coach's tasks, with the form's fields only
        assertThat(steps.submit("andi", coaching, Map.of("goals", "x", "plannedSessions", 2)).status()).isEqualTo(404);
        assertThat(steps.submit("budi", coaching, Map.of("goals", "Menyusun peta proses layanan SPBE", "plannedSessions", 2,
                "jp", 40)).status()).isEqualTo(400);
        assertThat(steps.submit("budi", coaching, Map.of("goals", "Menyusun peta proses layanan SPBE", "plannedSessions", 2))
                .status()).isEqualTo(204);

        assertThat(coaching).isWaitingAt(ActivityProcess.TASK_LOG_GUIDANCE_SESSION);
        Reply future = steps.submit("budi", coaching, Map.of("heldOn", day(-3), "sessionMinutes", 90, "sessionNotes", "x",
                "nextStep", "ANOTHER"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.text()).contains("heldOn");
        Reply tooLong = steps.submit("budi", coaching, Map.of("heldOn", day(0), "sessionMinutes", 600, "sessionNotes", "x",
                "nextStep", "ANOTHER"));
        assertThat(tooLong.text()).contains("sessionMinutes");
        assertThat(steps.submit("budi", coaching, Map.of("heldOn", day(0), "sessionMinutes", 90,
                "sessionNotes", "Memetakan layanan perizinan", "nextStep", "ANOTHER")).status()).isEqualTo(204);
        assertThat(coaching).isWaitingAt(ActivityProcess.TASK_LOG_GUIDANCE_SESSION);
        assertThat(engine.getFormService().getTaskFormVariables(steps.openTask(coaching).getId())
                .getValue(ActivityProcess.ACTIVITY_SUMMARY, String.class))
                .contains("Tujuan: Menyusun peta proses layanan SPBE (2 sesi direncanakan)", "90 menit: Memetakan layanan perizinan",
                        "JP sejauh ini: 2");
        assertThat(steps.submit("budi", coaching, Map.of("heldOn", day(0), "sessionMinutes", 45,
                "sessionNotes", "Meninjau rancangan", "nextStep", "CLOSE")).status()).isEqualTo(204);

        assertThat(coaching).isWaitingAt(ActivityProcess.TASK_CLOSE_GUIDANCE);
        assertThat(steps.submit("budi", coaching, Map.of("goalsAttained", 4, "appliedOnJob", 6, "closingNote", "x"))
                .text()).contains("appliedOnJob");
        assertThat(steps.submit("budi", coaching, Map.of("goalsAttained", 4, "appliedOnJob", 4,
                "closingNote", "Peta proses disusun sendiri")).status()).isEqualTo(204);

        assertThat(coaching).isWaitingAt(ActivityProcess.TASK_RATE_GUIDANCE);
        assertThat(steps.emails(coaching, "GUIDANCE_RATING_REQUEST")).containsExactly("andi");
        assertThat(steps.openTask(coaching).getAssignee()).isEqualTo("andi");
        assertThat(steps.submit("budi", coaching, Map.of("usefulness", 5, "coachHelpfulness", 5)).status()).isEqualTo(404);
        assertThat(steps.submit("andi", coaching, Map.of("usefulness", 5, "coachHelpfulness", 4)).status()).isEqualTo(204);

        assertThat(coaching).hasPassed("Task_CreditActivityJp", "EndEvent_ActivityCompleted").isEnded();
        // (90 + 45) / 45 = 3 JP, once
        assertThat(jdbc.queryForList("select jp from jp_ledger_entry where kind = 'COACHING' and employee_nip = ?",
                java.math.BigDecimal.class, DemoData.ANDI_NIP)).singleElement()
                .satisfies(jp -> assertThat(jp).isEqualByComparingTo("3"));
        assertThat(steps.emails(coaching, "ACTIVITY_COMPLETED")).containsExactly("andi");
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
        steps.submit("budi", mentoring, Map.of("goals", "Mendampingi penyusunan laporan", "plannedSessions", 3));
        steps.settle(mentoring, true);
        assertThat(mentoring).hasPassed("EndEvent_SessionLogReminderSent").isWaitingAt(ActivityProcess.TASK_LOG_GUIDANCE_SESSION);
        assertThat(steps.emails(mentoring, "GUIDANCE_LOG_OVERDUE")).containsExactly("budi");
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
