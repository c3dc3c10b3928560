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
 * Further study as its people do it, over HTTP with authorizations on: HR record dewi's master's study (she reads
 * English), then each semester from its transcript, reminded when the results are due; after she graduates her
 * supervisor budi confirms her return to duty, she reflects on it, and her credits are credited once at 17.78 JP a
 * credit (application.yaml); a study discontinued earns nothing. Every path of StudyActivityProcess, its coverage
 * asserted; bad input refused naming the field.
 */
@Import({ProcessEngineCoverageConfiguration.class, StudyActivityProcessTests.Coverage.class})
class StudyActivityProcessTests extends ActivityProcessBase {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverageProperties() {
            return coverageOf(ActivityProcess.STUDY_PROCESS_ID);
        }
    }

    static Map<String, Object> study(String nip) {
        Map<String, Object> study = new LinkedHashMap<>();
        study.put("employeeNip", nip);
        study.put("kind", "TUGAS_BELAJAR");
        study.put("title", "S2 Magister Administrasi Publik");
        study.put("organiser", "Universitas Padjadjaran");
        study.put("startsOn", day(400));
        study.put("endsOn", day(-300));
        return study;
    }

    static Map<String, Object> semester(int credits, Object gradePoint, String status) {
        Map<String, Object> semester = new LinkedHashMap<>();
        semester.put("creditsEarned", credits);
        semester.put("gradePoint", gradePoint);
        semester.put("transcriptNumber", "UNPAD/MAP/" + credits + "/" + status);
        semester.put("studyStatus", status);
        return semester;
    }

    @Test
    void aStudyIsRecordedSemesterBySemesterAndCreditedOnceAfterTheReturnToDuty() throws Exception {
        ProcessInstance study = steps.started(study(DemoData.DEWI_NIP));
        assertThat(steps.emails(study, "STUDY_STARTED")).containsExactlyInAnyOrder("dewi", "budi");
        // the first semester's results were due six months after the start: HR are reminded
        assertThat(study).hasPassed("EndEvent_StudySemesterReminderSent")
                .isWaitingAt(ActivityProcess.TASK_RECORD_STUDY_SEMESTER);
        assertThat(steps.emails(study, "ACTIVITY_TASK_REMINDER")).contains("siti");

        assertThat(steps.submit("dewi", study, semester(18, 3.65, "CONTINUING")).status()).isEqualTo(404);
        Reply tooHigh = steps.submit("siti", study, semester(18, 4.5, "CONTINUING"));
        ActivitySteps.refused(tooHigh, "gradePoint");
        Reply tooPrecise = steps.submit("siti", study, semester(18, "3,655", "CONTINUING"));
        ActivitySteps.refused(tooPrecise, "gradePoint");
        assertThat(steps.submit("siti", study, semester(18, 3.65, "CONTINUING")).status()).isEqualTo(204);
        assertThat(study).isWaitingAt(ActivityProcess.TASK_RECORD_STUDY_SEMESTER);
        Reply noDay = steps.submit("siti", study, semester(18, "3,8", "GRADUATED"));
        ActivitySteps.refused(noDay, "graduatedOn");
        Map<String, Object> last = semester(18, "3,8", "GRADUATED");
        last.put("graduatedOn", day(5));
        assertThat(steps.submit("siti", study, last).status()).isEqualTo(204);

        assertThat(study).isWaitingAt(ActivityProcess.TASK_CONFIRM_RETURN_TO_DUTY).task().isAssignedTo("budi");
        assertThat(steps.emails(study, "STUDY_RETURN_REQUEST")).containsExactly("budi");
        steps.settle(study, true);
        assertThat(study).hasPassed("EndEvent_ReturnToDutyReminderSent");
        assertThat(steps.submit("siti", study, Map.of("returnedOn", day(1), "returnNote", "x")).status()).isEqualTo(404);
        Reply early = steps.submit("budi", study, Map.of("returnedOn", day(6), "returnNote", "Analis Kebijakan Ahli Muda"));
        ActivitySteps.refused(early, "returnedOn");
        assertThat(steps.submit("budi", study, Map.of("returnedOn", day(1), "returnNote",
                "Analis Kebijakan Ahli Muda pada Bagian Organisasi")).status()).isEqualTo(204);

        assertThat(study).isWaitingAt(ActivityProcess.TASK_FILL_ACTIVITY_REFLECTION);
        assertThat(steps.submit("dewi", study, Map.of("usefulness", 5, "learningRating", 5, "actionPlan",
                "Menerapkan analisis kebijakan berbasis bukti")).status()).isEqualTo(204);
        assertThat(study).hasPassed("Task_CreditActivityJp", "EndEvent_ActivityCompleted").isEnded();
        // 36 credits x 17.78 = 640.08 JP, once
        assertThat(steps.jp("TUGAS_BELAJAR")).isEqualByComparingTo("640.08");
        assertThat(steps.ledgerRows()).isEqualTo(1);
        Reply read = steps.read("dewi", study);
        assertThat(read.body().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(read.body().get("semesters")).hasSize(2);
        assertThat(read.body().get("semesters").get(1).get("gradePoint").decimalValue()).isEqualByComparingTo("3.8");
    }

    @Test
    void nobodyRewritesASemesterOrTheStudysStatusThroughTheEngine() throws Exception {
        ProcessInstance study = steps.started(study(DemoData.DEWI_NIP));
        String pi = study.getId();
        // HR record the first semester: not with an extra variable beside the form's, nor with a gateway's figure
        Map<String, Object> withExtra = semester(18, 3.65, "CONTINUING");
        withExtra.put("supervisor", "siti");
        ActivitySteps.refused(steps.submit("siti", study, withExtra), "supervisor");
        assertThat(steps.submit("siti", study, semester(18, 3.65, "CONTINUING")).status()).isEqualTo(204);
        assertThat(study).isWaitingAt(ActivityProcess.TASK_RECORD_STUDY_SEMESTER);
        String second = steps.openTask(study).getId();

        // dewi cannot see HR's task nor set the status that ends her study as graduated
        assertThat(steps.api.as("dewi", "GET", "/engine-rest/task/" + second, null).status()).isEqualTo(404);
        for (String user : new String[] {"dewi", "siti", "budi"}) {
            Reply status = steps.api.as(user, "POST", "/engine-rest/process-instance/" + pi + "/variables",
                    Map.of("modifications", Map.of("studyStatus", Map.of("value", "GRADUATED"))));
            assertThat(status.status()).as(user + ": " + status.text()).isIn(403, 404);
            Reply local = steps.api.as(user, "POST", "/engine-rest/task/" + second + "/localVariables",
                    Map.of("modifications", Map.of("creditsEarned", Map.of("value", 40))));
            assertThat(local.status()).as(user + ": " + local.text()).isIn(403, 404);
            Reply signal = steps.api.as(user, "POST", "/engine-rest/process-instance/" + pi + "/modification",
                    Map.of("instructions", java.util.List.of(Map.of("type", "startBeforeActivity",
                            "activityId", ActivityProcess.TASK_CONFIRM_RETURN_TO_DUTY))));
            assertThat(signal.status()).as(user + ": " + signal.text()).isIn(403, 404);
        }
        // budi, whose task the return to duty will be, has none yet: the study goes on as HR recorded it
        assertThat(steps.submit("budi", study, Map.of("returnedOn", day(1), "returnNote", "x")).status())
                .isEqualTo(404);
        assertThat(jdbc.queryForList("select credits || ' ' || grade_point || ' ' || study_status from activity_semester",
                String.class)).singleElement().asString().matches("18 3\\.650* CONTINUING");
        assertThat(study).isWaitingAt(ActivityProcess.TASK_RECORD_STUDY_SEMESTER);
        assertThat(engine.getRuntimeService().getVariable(pi, "studyStatus")).isEqualTo("CONTINUING");
    }

    @Test
    void aStudyDiscontinuedEarnsNothing() throws Exception {
        ProcessInstance study = steps.started(study(DemoData.DEWI_NIP));
        assertThat(steps.submit("siti", study, semester(12, 2.1, "DISCONTINUED")).status()).isEqualTo(204);
        assertThat(study).hasPassed("EndEvent_StudyDiscontinued").hasNotPassed("Task_ConfirmReturnToDuty").isEnded();
        assertThat(steps.ledgerRows()).isZero();
        assertThat(steps.read("siti", study).body().get("status").asText()).isEqualTo("MISSED");
    }

    @Test
    void aStudyWithoutSupervisorOrPeriodIsRefusedNamingTheField() throws Exception {
        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        // budi heads the agency: nobody above him confirms his return
        bad.put("employeeNip", study(DemoData.BUDI_NIP));
        bad.put("endsOn", study(DemoData.DEWI_NIP));
        bad.get("endsOn").put("endsOn", day(400));
        bad.put("organiser", study(DemoData.DEWI_NIP));
        bad.get("organiser").put("organiser", " ");
        for (Map.Entry<String, Map<String, Object>> each : bad.entrySet()) {
            Reply refused = steps.api.as("siti", "POST", "/api/activities", each.getValue());
            assertThat(refused.status()).as(each.getKey() + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.body().get("errors").has(each.getKey())).as(refused.text()).isTrue();
        }
        // a study of one day is refused as such, not as one ending before its start
        assertThat(steps.api.as("siti", "POST", "/api/activities", bad.get("endsOn")).body().get("errors").get("endsOn")
                .asText()).contains("sesudah tanggal mulainya").doesNotContain("sebelum");
        assertThat(jdbc.queryForObject("select count(*) from development_activity", Integer.class)).isZero();
    }
}
