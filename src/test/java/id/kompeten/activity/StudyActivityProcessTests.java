package id.kompeten.activity;

import static id.kompeten.activity.ActivitySteps.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.demo.DemoData;
import id.kompeten.process.ActivityProcess;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.ClaimProcess;
import id.kompeten.process.ProgrammeProcess;
import id.kompeten.security.HttpCalls.Reply;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * Further study as its people do it, over HTTP with authorizations on: HR record dewi's master's study (she reads
 * English), then each semester from its transcript, reminded when the results are due; after she graduates her
 * supervisor budi confirms her return to duty, she reflects on it, and her credits are credited once at 17.78 JP a
 * credit (application.yaml); a study discontinued earns nothing. Every path of StudyActivityProcess, its coverage
 * asserted; bad input refused naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, StudyActivityProcessTests.Coverage.class})
class StudyActivityProcessTests {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary // the library has its own default; without this it silently uses that and asserts nothing
        ProcessEngineCoverageProperties coverageProperties() {
            return ProcessEngineCoverageProperties.Companion.builder()
                    .excludeProcessDefinitionKeys(CaseProcess.PROCESS_ID, ProgrammeProcess.PROCESS_ID,
                            ClaimProcess.PROCESS_ID, ActivityProcess.GUIDED_PROCESS_ID, ActivityProcess.EVENT_PROCESS_ID,
                            ActivityProcess.SELF_PACED_PROCESS_ID, ActivityProcess.PLACEMENT_PROCESS_ID, "JpReminderProcess")
                    .assertClassCoverageAtLeast(0.9)
                    .build();
        }
    }

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    ActivitySteps steps;

    @BeforeEach
    void reset() {
        new CaseDriver(engine, jdbc).reset();
        steps = new ActivitySteps(port, engine, jdbc);
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
        assertThat(jdbc.queryForObject("select count(*) from development_activity", Integer.class)).isZero();
    }
}
