package id.kompeten.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.demo.DemoData;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.ClaimProcess;
import id.kompeten.process.ProgrammeProcess;
import id.kompeten.security.HttpCalls;
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

/** Every path of LearningClaimProcess on the real engine: verified and credited, refused, reminded while it waits. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, LearningClaimProcessTests.Coverage.class})
class LearningClaimProcessTests {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary // the library has its own default; without this it silently uses that and asserts nothing
        ProcessEngineCoverageProperties coverageProperties() {
            return ProcessEngineCoverageProperties.Companion.builder()
                    .excludeProcessDefinitionKeys(CaseProcess.PROCESS_ID, ProgrammeProcess.PROCESS_ID, "JpReminderProcess")
                    .assertClassCoverageAtLeast(0.9)
                    .build();
        }
    }

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void reset() {
        new CaseDriver(engine, jdbc).reset();
    }

    ProcessInstance submitted(String title) throws Exception {
        LocalDate endsOn = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(3);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("employeeNip", DemoData.DEWI_NIP);
        fields.put("kind", "E_LEARNING");
        fields.put("title", title);
        fields.put("organiser", "LAN RI (ASN Unggul)");
        fields.put("startsOn", endsOn.minusDays(20).toString());
        fields.put("endsOn", endsOn.toString());
        fields.put("minutes", "450");
        String number = new HttpCalls(port).multipart("dewi", "/api/learning-claims", fields, "certificate",
                "certificate.png", CertificateFileTests.PNG).body().get("claimNumber").asText();
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
    }

    void settle(ProcessInstance claim, boolean timers) {
        CaseDriver.runDue(engine, claim.getId(), timers);
    }

    void decide(ProcessInstance claim, Map<String, Object> answers) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(claim.getId()).singleResult();
        engine.getIdentityService().setAuthentication("siti", List.of("hr-staff"));
        try {
            engine.getFormService().submitTaskForm(task.getId(), answers);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        settle(claim, false);
    }

    List<String> emails(ProcessInstance claim, String kind) {
        return jdbc.queryForList("select recipient from email_message where topic = ? and kind = ?", String.class,
                claim.getBusinessKey(), kind);
    }

    @Test
    void aVerifiedClaimIsCreditedOnceAndTheClaimantTold() throws Exception {
        ProcessInstance claim = submitted("Kursus daring Manajemen Risiko");
        assertThat(claim).isWaitingAt("Event_NotifyClaimVerification");
        settle(claim, false);
        assertThat(claim).hasPassed("Event_NotifyClaimVerification").isWaitingAt(ClaimProcess.TASK_VERIFY_LEARNING_CLAIM);
        assertThat(emails(claim, "CLAIM_VERIFICATION_REQUEST")).contains("siti");

        decide(claim, Map.of(ClaimProcess.CLAIM_DECISION, "VERIFIED"));
        assertThat(claim).hasPassed("Task_CreditClaimJp", "EndEvent_ClaimVerified").hasNotPassed("EndEvent_ClaimRefused")
                .isEnded();
        // 450 / 45 = 10 JP, once
        assertThat(jdbc.queryForList("select jp from jp_ledger_entry where employee_nip = ? and kind = 'E_LEARNING'",
                java.math.BigDecimal.class, DemoData.DEWI_NIP)).singleElement()
                .satisfies(jp -> assertThat(jp).isEqualByComparingTo("10"));
        assertThat(emails(claim, "CLAIM_VERIFIED")).containsExactly("dewi");
    }

    @Test
    void aRefusedClaimEarnsNothingAndItsReasonGoesToTheClaimant() throws Exception {
        ProcessInstance claim = submitted("Webinar tanpa sertifikat resmi");
        settle(claim, false);
        decide(claim, Map.of(ClaimProcess.CLAIM_DECISION, "REFUSED", ClaimProcess.CLAIM_REFUSAL_REASON,
                "Sertifikat tidak memuat jumlah jam"));
        assertThat(claim).hasPassed("EndEvent_ClaimRefused").hasNotPassed("Task_CreditClaimJp").isEnded();
        assertThat(jdbc.queryForObject("select count(*) from jp_ledger_entry", Integer.class)).isZero();
        assertThat(emails(claim, "CLAIM_REFUSED")).containsExactly("dewi");
        assertThat(jdbc.queryForObject("select decision_reason from learning_claim where claim_number = ?", String.class,
                claim.getBusinessKey())).isEqualTo("Sertifikat tidak memuat jumlah jam");
    }

    @Test
    void aClaimLeftWaitingRemindsHr() throws Exception {
        ProcessInstance claim = submitted("Kursus daring Analisis Data");
        settle(claim, false);
        settle(claim, true); // the reminder's timer, whenever it is due
        assertThat(claim).hasPassed("EndEvent_ClaimVerificationReminderSent")
                .isWaitingAt(ClaimProcess.TASK_VERIFY_LEARNING_CLAIM);
        assertThat(emails(claim, "CLAIM_VERIFICATION_REMINDER")).contains("siti");
    }
}
