package id.kompeten.activity;

import static id.kompeten.activity.ActivitySteps.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kompeten.demo.DemoData;
import id.kompeten.process.ActivityProcess;
import id.kompeten.security.HttpCalls.Reply;
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
 * A seminar as its people do it, over HTTP with authorizations on: HR register dewi for it, record her attendance
 * after it ends (reminded while it waits), she reflects on it, and the minutes attended are credited once; one not
 * attended earns nothing. Every path of EventActivityProcess, its coverage asserted; bad input refused naming the field.
 */
@Import({ProcessEngineCoverageConfiguration.class, EventActivityProcessTests.Coverage.class})
class EventActivityProcessTests extends ActivityProcessBase {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverageProperties() {
            return coverageOf(ActivityProcess.EVENT_PROCESS_ID);
        }
    }

    ProcessInstance registered(String kind) throws Exception {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("employeeNip", DemoData.DEWI_NIP);
        event.put("kind", kind);
        event.put("title", "Seminar Nasional Satu Data Indonesia");
        event.put("organiser", "Badan Pusat Statistik");
        event.put("startsOn", day(3));
        event.put("endsOn", day(2));
        Reply started = api.as("siti", "POST", "/api/activities", event);
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(started.body().get("activityNumber").asText()).singleResult();
    }

    @Test
    void anAttendedSeminarIsReflectedOnAndItsMinutesCreditedOnce() throws Exception {
        ProcessInstance seminar = registered("SEMINAR");
        steps.settle(seminar, false);
        assertThat(seminar).hasPassed("Event_NotifyEventRegistered", "Event_EventEnded")
                .isWaitingAt(ActivityProcess.TASK_RECORD_EVENT_ATTENDANCE);
        assertThat(steps.emails(seminar, "EVENT_REGISTERED")).containsExactly("dewi");
        assertThat(steps.emails(seminar, "EVENT_ATTENDANCE_REQUEST")).contains("siti");

        // the employee does not record her own attendance; HR, only with the minutes
        assertThat(steps.submit("dewi", seminar, Map.of("eventAttended", "true", "attendedMinutes", 900)).status()).isEqualTo(404);
        assertThat(steps.submit("siti", seminar, Map.of("eventAttended", "true")).text()).contains("attendedMinutes");
        assertThat(steps.submit("siti", seminar, Map.of("eventAttended", "true", "attendedMinutes", 3000)).text())
                .contains("attendedMinutes");
        assertThat(steps.submit("siti", seminar, Map.of("eventAttended", "true", "attendedMinutes", 135,
                "certificateNumber", "BPS/SEM/2026/117")).status()).isEqualTo(204);

        assertThat(seminar).isWaitingAt(ActivityProcess.TASK_FILL_EVENT_REFLECTION);
        assertThat(steps.emails(seminar, "EVENT_REFLECTION_REQUEST")).containsExactly("dewi");
        assertThat(steps.submit("dewi", seminar, Map.of("usefulness", 5, "learningRating", 4)).text()).contains("actionPlan");
        assertThat(steps.submit("dewi", seminar, Map.of("usefulness", 5, "learningRating", 4,
                "actionPlan", "Memakai metadata standar Satu Data pada dataset sektoral")).status()).isEqualTo(204);

        assertThat(seminar).hasPassed("Task_CreditActivityJp", "EndEvent_ActivityCompleted").isEnded();
        // 135 / 45 = 3 JP
        assertThat(jdbc.queryForList("select jp from jp_ledger_entry where kind = 'SEMINAR'", java.math.BigDecimal.class))
                .singleElement().satisfies(jp -> assertThat(jp).isEqualByComparingTo("3"));
        assertThat(steps.emails(seminar, "ACTIVITY_COMPLETED")).containsExactly("dewi");
        assertThat(api.as("dewi", "GET", "/api/activities/" + seminar.getBusinessKey(), null).body().get("status").asText())
                .isEqualTo("COMPLETED");
    }

    @Test
    void aWorkshopNotAttendedEarnsNothingAndAnAttendanceLeftWaitingRemindsHr() throws Exception {
        ProcessInstance workshop = registered("WORKSHOP");
        steps.settle(workshop, false);
        steps.settle(workshop, true);
        assertThat(workshop).hasPassed("EndEvent_EventAttendanceReminderSent");
        assertThat(steps.emails(workshop, "EVENT_ATTENDANCE_REMINDER")).contains("siti");
        assertThat(steps.submit("siti", workshop, Map.of("eventAttended", "false")).status()).isEqualTo(204);
        assertThat(workshop).hasPassed("EndEvent_EventMissed").hasNotPassed("Task_FillEventReflection").isEnded();
        assertThat(jdbc.queryForObject("select count(*) from jp_ledger_entry", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select status from development_activity", String.class)).isEqualTo("MISSED");
    }

    @Test
    void anEventWithoutItsOrganiserOrDatesIsRefusedNamingTheField() throws Exception {
        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("organiser", Map.of("employeeNip", DemoData.DEWI_NIP, "kind", "BIMTEK", "title", "x", "startsOn", day(1),
                "endsOn", day(1)));
        bad.put("startsOn", Map.of("employeeNip", DemoData.DEWI_NIP, "kind", "BIMTEK", "title", "x", "organiser", "y",
                "startsOn", "kemarin", "endsOn", day(1)));
        bad.put("endsOn", Map.of("employeeNip", DemoData.DEWI_NIP, "kind", "BIMTEK", "title", "x", "organiser", "y",
                "startsOn", day(1), "endsOn", day(5)));
        for (Map.Entry<String, Map<String, Object>> each : bad.entrySet()) {
            Reply refused = api.as("siti", "POST", "/api/activities", each.getValue());
            assertThat(refused.status()).as(each.getKey() + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.body().get("errors").has(each.getKey())).as(refused.text()).isTrue();
        }
        assertThat(jdbc.queryForObject("select count(*) from development_activity", Integer.class)).isZero();
    }
}
