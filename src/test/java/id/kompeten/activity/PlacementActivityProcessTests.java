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
 * A placement as its people do it, over HTTP with authorizations on: HR place dewi (who reads English) in an internship
 * at another agency's unit for four weeks with her supervisor budi as mentor; after the period budi assesses it (days
 * present, minutes of guided learning, the competence attained), reminded while it waits; she reflects on it,
 * reminded too; the minutes are credited once. Every path of PlacementActivityProcess, its coverage asserted; bad
 * input refused naming the field.
 */
@Import({ProcessEngineCoverageConfiguration.class, PlacementActivityProcessTests.Coverage.class})
class PlacementActivityProcessTests extends ActivityProcessBase {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverageProperties() {
            return coverageOf(ActivityProcess.PLACEMENT_PROCESS_ID);
        }
    }

    static Map<String, Object> placement(String kind) {
        Map<String, Object> placement = new LinkedHashMap<>();
        placement.put("employeeNip", DemoData.DEWI_NIP);
        placement.put("kind", kind);
        placement.put("title", "Magang pengelolaan data statistik sektoral");
        placement.put("organiser", "Bidang Statistik, Diskominfo Kota Bandung");
        placement.put("startsOn", day(30));
        placement.put("endsOn", day(2));
        return placement;
    }

    static Map<String, Object> assessment(int days, int minutes) {
        return Map.of("daysPresent", days, "learningMinutes", minutes, "competenceAttained", 4, "appliedOnJob", 5,
                "mentorAssessment", "Mampu menyusun metadata dan validasi data secara mandiri");
    }

    @Test
    void anInternshipIsAssessedByItsMentorReflectedOnAndItsMinutesCreditedOnce() throws Exception {
        ProcessInstance internship = steps.started(placement("MAGANG"));
        // the period is over (its last day 17.00 WIB): the mentor, her supervisor by default, assesses it
        assertThat(internship).hasPassed("Event_NotifyPlacementStarted", "Event_PlacementEnded")
                .isWaitingAt(ActivityProcess.TASK_ASSESS_PLACEMENT).task().isAssignedTo("budi");
        assertThat(steps.emails(internship, "PLACEMENT_STARTED")).containsExactlyInAnyOrder("dewi", "budi");
        assertThat(steps.emails(internship, "PLACEMENT_ASSESSMENT_REQUEST")).containsExactly("budi");
        steps.settle(internship, true);
        assertThat(internship).hasPassed("EndEvent_PlacementAssessmentReminderSent");
        assertThat(steps.emails(internship, "ACTIVITY_TASK_REMINDER")).containsExactly("budi");

        // dewi does not assess herself; the days fit in the period (29), the minutes in the days
        assertThat(steps.submit("dewi", internship, assessment(20, 2700)).status()).isEqualTo(404);
        Reply tooManyDays = steps.submit("budi", internship, assessment(40, 2700));
        ActivitySteps.refused(tooManyDays, "daysPresent");
        Reply tooManyMinutes = steps.submit("budi", internship, assessment(1, 2000));
        ActivitySteps.refused(tooManyMinutes, "learningMinutes");
        assertThat(steps.submit("budi", internship, assessment(20, 2700)).status()).isEqualTo(204);

        assertThat(internship).isWaitingAt(ActivityProcess.TASK_FILL_ACTIVITY_REFLECTION);
        assertThat(steps.subjects(internship, "ACTIVITY_REFLECTION_REQUEST")).singleElement().asString()
                .startsWith("dewi: Fill in your reflection");
        steps.settle(internship, true);
        assertThat(internship).hasPassed("EndEvent_ActivityReflectionReminderSent");
        assertThat(steps.submit("dewi", internship, Map.of("usefulness", 5, "learningRating", 4, "actionPlan",
                "Menerapkan validasi data sektoral di unit kerja")).status()).isEqualTo(204);

        assertThat(internship).hasPassed("Task_CreditActivityJp", "EndEvent_ActivityCompleted").isEnded();
        // 2700 / 45 = 60 JP, once
        assertThat(steps.jp("MAGANG")).isEqualByComparingTo("60");
        assertThat(steps.ledgerRows()).isEqualTo(1);
        Reply read = steps.read("budi", internship);
        assertThat(read.body().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(read.body().get("daysPresent").asInt()).isEqualTo(20);
        assertThat(read.body().get("goalsAttained").asInt()).isEqualTo(4);
    }

    @Test
    void nobodyChangesTheMentorsAssessmentThroughTheEngine() throws Exception {
        ProcessInstance internship = steps.started(placement("MAGANG"));
        String task = steps.openTask(internship).getId();
        String pi = internship.getId();
        // another supervisor does not see budi's task, and dewi cannot take it over
        assertThat(steps.api.as("rina", "GET", "/engine-rest/task/" + task, null).status()).isEqualTo(404);
        assertThat(steps.submit("rina", internship, assessment(20, 2700)).status()).isEqualTo(404);
        assertThat(steps.api.as("dewi", "POST", "/engine-rest/task/" + task + "/assignee", Map.of("userId", "dewi"))
                .status()).isEqualTo(404);
        // the mentor himself writes his figures only through his form: no variable set beside it or before it
        assertThat(steps.api.as("budi", "PUT", "/engine-rest/task/" + task + "/variables/daysPresent",
                Map.of("value", 29, "type", "Integer")).status()).isEqualTo(403);
        Map<String, Object> extra = new LinkedHashMap<>(assessment(20, 2700));
        extra.put("activityEndsAt", day(-30));
        Map<String, Object> typed = new LinkedHashMap<>();
        extra.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        Reply withExtra = steps.api.as("budi", "POST", "/engine-rest/task/" + task + "/complete",
                Map.of("variables", typed));
        ActivitySteps.refused(withExtra, "activityEndsAt");
        assertThat(internship).isWaitingAt(ActivityProcess.TASK_ASSESS_PLACEMENT);
        assertThat(steps.submit("budi", internship, assessment(20, 2700)).status()).isEqualTo(204);

        // once written, nobody rewrites it: not the mentor, not HR, not dewi, on any of the engine's doors
        for (String user : new String[] {"budi", "siti", "dewi"}) {
            Reply modified = steps.api.as(user, "POST", "/engine-rest/process-instance/" + pi + "/variables",
                    Map.of("modifications", Map.of("learningMinutes", Map.of("value", 9000))));
            assertThat(modified.status()).as(user + ": " + modified.text()).isIn(403, 404);
            Reply execution = steps.api.as(user, "PUT", "/engine-rest/execution/" + pi + "/localVariables/daysPresent",
                    Map.of("value", 29, "type", "Integer"));
            assertThat(execution.status()).as(user + ": " + execution.text()).isIn(403, 404);
            Reply moved = steps.api.as(user, "POST", "/engine-rest/process-instance/" + pi + "/modification",
                    Map.of("instructions", java.util.List.of(Map.of("type", "startBeforeActivity",
                            "activityId", ActivityProcess.TASK_ASSESS_PLACEMENT))));
            assertThat(moved.status()).as(user + ": " + moved.text()).isIn(403, 404);
        }
        Map<String, Object> recorded = jdbc.queryForMap(
                "select days_present, attended_minutes from development_activity where activity_number = ?",
                internship.getBusinessKey());
        assertThat(recorded.get("days_present")).isEqualTo(20);
        assertThat(((Number) recorded.get("attended_minutes")).intValue()).isEqualTo(2700);
        assertThat(internship).isWaitingAt(ActivityProcess.TASK_FILL_ACTIVITY_REFLECTION);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi).count()).isEqualTo(1);
    }

    @Test
    void aPlacementWithoutItsHostUnitOrWithHerselfAsMentorIsRefusedNamingTheField() throws Exception {
        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("organiser", placement("DETASERING"));
        bad.get("organiser").remove("organiser");
        bad.put("coach", placement("PERTUKARAN"));
        bad.get("coach").put("coach", "dewi");
        bad.put("startsOn", placement("BIMBINGAN_TEMPAT_KERJA"));
        bad.get("startsOn").put("startsOn", "minggu lalu");
        for (Map.Entry<String, Map<String, Object>> each : bad.entrySet()) {
            Reply refused = steps.api.as("siti", "POST", "/api/activities", each.getValue());
            assertThat(refused.status()).as(each.getKey() + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.body().get("errors").has(each.getKey())).as(refused.text()).isTrue();
        }
        assertThat(steps.api.as("budi", "POST", "/api/activities", placement("MAGANG")).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from development_activity", Integer.class)).isZero();
    }
}
