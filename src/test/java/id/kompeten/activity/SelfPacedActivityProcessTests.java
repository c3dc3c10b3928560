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
 * Self-paced learning as its people do it, over HTTP with authorizations on: HR enrol dewi (who reads English) in an
 * e-learning of four modules, she reports it completed with its certificate and her rating, HR verify it and its
 * minutes are credited once; learning left unfinished earns nothing, a completion HR refuse earns nothing and tells
 * her why; overdue steps remind whoever holds them. Every path of SelfPacedActivityProcess, its coverage asserted; bad
 * input refused naming the field; the engine's generic endpoints change nothing.
 */
@Import({ProcessEngineCoverageConfiguration.class, SelfPacedActivityProcessTests.Coverage.class})
class SelfPacedActivityProcessTests extends ActivityProcessBase {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverageProperties() {
            return coverageOf(ActivityProcess.SELF_PACED_PROCESS_ID);
        }
    }

    static Map<String, Object> learning(String kind) {
        Map<String, Object> learning = new LinkedHashMap<>();
        learning.put("employeeNip", DemoData.DEWI_NIP);
        learning.put("kind", kind);
        learning.put("title", "Manajemen Risiko Sektor Publik");
        learning.put("organiser", "ASN Unggul (LAN)");
        learning.put("modules", 4);
        learning.put("startsOn", day(10));
        learning.put("endsOn", day(-20));
        return learning;
    }

    static Map<String, Object> report(int modules) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("modulesCompleted", modules);
        report.put("usefulness", 4);
        report.put("learningRating", 5);
        report.put("actionPlan", "Menyusun register risiko untuk layanan perizinan");
        return report;
    }

    static Map<String, Object> completed() {
        Map<String, Object> report = report(4);
        report.put("learningMinutes", 540);
        report.put("certificateNumber", "LAN-EL-2026-00917");
        report.put("completedOn", day(1));
        return report;
    }

    @Test
    void anELearningCompletedAndVerifiedEarnsItsMinutesOnce() throws Exception {
        ProcessInstance learning = steps.started(learning("E_LEARNING"));
        assertThat(learning).hasPassed("Event_NotifySelfPacedEnrolled")
                .isWaitingAt(ActivityProcess.TASK_REPORT_SELF_PACED_COMPLETION);
        assertThat(steps.subjects(learning, "SELF_PACED_ENROLLED")).singleElement().asString()
                .startsWith("dewi: You are enrolled: Manajemen Risiko Sektor Publik");

        // only dewi reports her learning: more modules than it has, or all without their evidence, are refused
        assertThat(steps.submit("siti", learning, completed()).status()).isEqualTo(404);
        Reply tooMany = steps.submit("dewi", learning, report(5));
        ActivitySteps.refused(tooMany, "modulesCompleted");
        Reply noEvidence = steps.submit("dewi", learning, report(4));
        ActivitySteps.refused(noEvidence, "learningMinutes", "certificateNumber", "completedOn");
        Map<String, Object> ahead = completed();
        ahead.put("completedOn", day(-2));
        ActivitySteps.refused(steps.submit("dewi", learning, ahead), "completedOn");
        // nor does she verify it herself, with an extra variable on her completion
        Map<String, Object> selfVerified = completed();
        selfVerified.put("completionVerified", "true");
        assertThat(steps.submit("dewi", learning, selfVerified).status()).isEqualTo(400);
        assertThat(steps.submit("dewi", learning, completed()).status()).isEqualTo(204);

        assertThat(learning).isWaitingAt(ActivityProcess.TASK_VERIFY_SELF_PACED_COMPLETION);
        assertThat(steps.emails(learning, "SELF_PACED_VERIFICATION_REQUEST")).contains("siti").doesNotContain("dewi");
        // the gateway's figure is not for anyone to set through the engine
        Reply forged = steps.api.as("siti", "POST", "/engine-rest/process-instance/" + learning.getId() + "/variables",
                Map.of("modifications", Map.of("completionVerified", Map.of("value", true))));
        assertThat(forged.status()).as(forged.text()).isIn(403, 404);
        assertThat(engine.getRuntimeService().getVariable(learning.getId(), "completionVerified")).isNull();
        assertThat(steps.submit("dewi", learning, Map.of("completionVerified", "true")).status()).isEqualTo(404);
        Reply noReason = steps.submit("siti", learning, Map.of("completionVerified", "false"));
        ActivitySteps.refused(noReason, "verificationNote");
        assertThat(steps.submit("siti", learning, Map.of("completionVerified", "true")).status()).isEqualTo(204);

        assertThat(learning).hasPassed("Task_CreditActivityJp", "EndEvent_ActivityCompleted").isEnded();
        // 540 / 45 = 12 JP, once
        assertThat(steps.jp("E_LEARNING")).isEqualByComparingTo("12");
        assertThat(steps.ledgerRows()).isEqualTo(1);
        assertThat(steps.emails(learning, "ACTIVITY_COMPLETED")).containsExactly("dewi");
        Reply read = steps.read("dewi", learning);
        assertThat(read.body().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(read.body().get("modulesCompleted").asInt()).isEqualTo(4);
        assertThat(read.body().get("verified").asBoolean()).isTrue();
        assertThat(read.body().get("jp").decimalValue()).isEqualByComparingTo("12");
    }

    @Test
    void learningLeftUnfinishedRemindsHerAtItsDueDayAndEarnsNothing() throws Exception {
        ProcessInstance learning = steps.started(learning("BELAJAR_MANDIRI"));
        steps.settle(learning, true);
        assertThat(learning).hasPassed("EndEvent_SelfPacedDueReminderSent");
        assertThat(steps.subjects(learning, "ACTIVITY_TASK_REMINDER")).singleElement().asString()
                .startsWith("dewi: Reminder: Report the completion of your learning");
        assertThat(steps.submit("dewi", learning, report(2)).status()).isEqualTo(204);
        assertThat(learning).hasPassed("EndEvent_SelfPacedNotCompleted")
                .hasNotPassed(ActivityProcess.TASK_VERIFY_SELF_PACED_COMPLETION).isEnded();
        assertThat(steps.ledgerRows()).isZero();
        assertThat(steps.read("dewi", learning).body().get("status").asText()).isEqualTo("MISSED");
    }

    @Test
    void aCompletionHrRefuseEarnsNothingAndTellsHerWhy() throws Exception {
        ProcessInstance learning = steps.started(learning("KOMUNITAS_BELAJAR"));
        assertThat(steps.submit("dewi", learning, completed()).status()).isEqualTo(204);
        steps.settle(learning, true);
        assertThat(learning).hasPassed("EndEvent_SelfPacedVerificationReminderSent");
        assertThat(steps.emails(learning, "ACTIVITY_TASK_REMINDER")).contains("siti");
        assertThat(steps.submit("siti", learning, Map.of("completionVerified", "false", "verificationNote",
                "Nomor sertifikat tidak terdaftar pada platform")).status()).isEqualTo(204);
        assertThat(learning).hasPassed("EndEvent_CompletionRefused").hasNotPassed("Task_CreditActivityJp").isEnded();
        assertThat(steps.emails(learning, "SELF_PACED_REFUSED")).containsExactly("dewi");
        assertThat(steps.ledgerRows()).isZero();
        assertThat(steps.read("dewi", learning).body().get("status").asText()).isEqualTo("REFUSED");
    }

    @Test
    void learningWithoutItsModulesOrPlatformIsRefusedNamingTheField() throws Exception {
        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("modules", learning("E_LEARNING"));
        bad.get("modules").remove("modules");
        bad.put("organiser", learning("PELATIHAN_JARAK_JAUH"));
        bad.get("organiser").remove("organiser");
        bad.put("endsOn", learning("E_LEARNING"));
        bad.get("endsOn").put("endsOn", day(11));
        bad.put("kind", learning("PELATIHAN"));
        for (Map.Entry<String, Map<String, Object>> each : bad.entrySet()) {
            Reply refused = steps.api.as("siti", "POST", "/api/activities", each.getValue());
            assertThat(refused.status()).as(each.getKey() + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.body().get("errors").has(each.getKey())).as(refused.text()).isTrue();
        }
        assertThat(steps.api.as("dewi", "POST", "/api/activities", learning("E_LEARNING")).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from development_activity", Integer.class)).isZero();
    }
}
