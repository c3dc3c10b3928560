package id.kompeten.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

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
 * A seminar as its people do it, over HTTP with authorizations on: HR register dewi for it, record her attendance
 * after it ends (reminded while it waits), she reflects on it, and the minutes attended are credited once; one not
 * attended earns nothing. Every path of EventActivityProcess, its coverage asserted; bad input refused naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, EventActivityProcessTests.Coverage.class})
class EventActivityProcessTests {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary // the library has its own default; without this it silently uses that and asserts nothing
        ProcessEngineCoverageProperties coverageProperties() {
            return ProcessEngineCoverageProperties.Companion.builder()
                    .excludeProcessDefinitionKeys(CaseProcess.PROCESS_ID, ProgrammeProcess.PROCESS_ID,
                            ClaimProcess.PROCESS_ID, ActivityProcess.GUIDED_PROCESS_ID, "JpReminderProcess")
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
        api = new HttpCalls(port);
    }

    static String day(int daysAgo) {
        return LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(daysAgo).toString();
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

    void settle(ProcessInstance instance, boolean reminders) {
        CaseDriver.runDue(engine, instance.getId(), reminders);
    }

    Reply submit(String user, ProcessInstance instance, Map<String, Object> answers) throws Exception {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        if ("siti".equals(user) && task.getAssignee() == null) {
            assertThat(api.as("siti", "POST", "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", "siti"))
                    .status()).isEqualTo(204);
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        answers.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        Reply reply = api.as(user, "POST", "/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", typed));
        settle(instance, false);
        return reply;
    }

    List<String> emails(ProcessInstance instance, String kind) {
        return jdbc.queryForList("select recipient from email_message where topic = ? and kind = ?", String.class,
                instance.getBusinessKey(), kind);
    }

    @Test
    void anAttendedSeminarIsReflectedOnAndItsMinutesCreditedOnce() throws Exception {
        ProcessInstance seminar = registered("SEMINAR");
        settle(seminar, false);
        assertThat(seminar).hasPassed("Event_NotifyEventRegistered", "Event_EventEnded")
                .isWaitingAt(ActivityProcess.TASK_RECORD_EVENT_ATTENDANCE);
        assertThat(emails(seminar, "EVENT_REGISTERED")).containsExactly("dewi");
        assertThat(emails(seminar, "EVENT_ATTENDANCE_REQUEST")).contains("siti");

        // the employee does not record her own attendance; HR, only with the minutes
        assertThat(submit("dewi", seminar, Map.of("eventAttended", "true", "attendedMinutes", 900)).status()).isEqualTo(404);
        assertThat(submit("siti", seminar, Map.of("eventAttended", "true")).text()).contains("attendedMinutes");
        assertThat(submit("siti", seminar, Map.of("eventAttended", "true", "attendedMinutes", 3000)).text())
                .contains("attendedMinutes");
        assertThat(submit("siti", seminar, Map.of("eventAttended", "true", "attendedMinutes", 135,
                "certificateNumber", "BPS/SEM/2026/117")).status()).isEqualTo(204);

        assertThat(seminar).isWaitingAt(ActivityProcess.TASK_FILL_EVENT_REFLECTION);
        assertThat(emails(seminar, "EVENT_REFLECTION_REQUEST")).containsExactly("dewi");
        assertThat(submit("dewi", seminar, Map.of("usefulness", 5, "learningRating", 4)).text()).contains("actionPlan");
        assertThat(submit("dewi", seminar, Map.of("usefulness", 5, "learningRating", 4,
                "actionPlan", "Memakai metadata standar Satu Data pada dataset sektoral")).status()).isEqualTo(204);

        assertThat(seminar).hasPassed("Task_CreditActivityJp", "EndEvent_ActivityCompleted").isEnded();
        // 135 / 45 = 3 JP
        assertThat(jdbc.queryForList("select jp from jp_ledger_entry where kind = 'SEMINAR'", java.math.BigDecimal.class))
                .singleElement().satisfies(jp -> assertThat(jp).isEqualByComparingTo("3"));
        assertThat(emails(seminar, "ACTIVITY_COMPLETED")).containsExactly("dewi");
        assertThat(api.as("dewi", "GET", "/api/activities/" + seminar.getBusinessKey(), null).body().get("status").asText())
                .isEqualTo("COMPLETED");
    }

    @Test
    void aWorkshopNotAttendedEarnsNothingAndAnAttendanceLeftWaitingRemindsHr() throws Exception {
        ProcessInstance workshop = registered("WORKSHOP");
        settle(workshop, false);
        settle(workshop, true);
        assertThat(workshop).hasPassed("EndEvent_EventAttendanceReminderSent");
        assertThat(emails(workshop, "EVENT_ATTENDANCE_REMINDER")).contains("siti");
        assertThat(submit("siti", workshop, Map.of("eventAttended", "false")).status()).isEqualTo(204);
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
