package id.kompeten.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.HttpCaseSteps;
import id.kompeten.demo.DemoData;
import id.kompeten.security.HttpCalls;
import id.kompeten.security.HttpCalls.Reply;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * dewi's year to 20 JP, only over HTTP, each step as the demo user whose step it is: a course of her case (450 of its
 * minutes attended: 10 JP), a seminar (135 minutes attended: 3 JP), a coaching by budi (90 + 45 minutes: 3 JP) and an
 * e-learning certificate she claims and siti verifies (180 minutes: 4 JP). 10 + 3 + 3 + 4 = 20, the yearly target.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class YearOfDevelopmentOverHttpTests {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    HttpCaseSteps steps;

    @BeforeEach
    void reset() {
        new CaseDriver(engine, jdbc).reset();
        steps = new HttpCaseSteps(port);
    }

    static String day(int daysAgo) {
        return LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(daysAgo).toString();
    }

    Reply submit(String user, String businessKey, String taskKey, Map<String, Object> answers) throws Exception {
        String task = steps.task(user, businessKey, taskKey);
        Reply done = steps.complete(user, task, answers);
        assertThat(done.status()).as(taskKey + ": " + done.text()).isEqualTo(204);
        steps.runJobs(steps.instance(businessKey));
        return done;
    }

    @Test
    void aCourseASeminarACoachingAndAVerifiedCertificateMakeDewisTwentyJp() throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();

        // the course: her case, from the needs survey to the supervisor's interview
        String caseNumber = steps.call("siti", "POST", "/api/cases", Map.of("employeeNip", DemoData.DEWI_NIP,
                "cycleYear", Year.now().getValue())).body().get("caseNumber").asText();
        steps.runJobs(steps.instance(caseNumber));
        submit("dewi", caseNumber, "Task_FillNeedsSurvey", Map.of("selfRatings",
                HttpCaseSteps.rows(Map.of("T-ADS", "2", "M-PP", "3", "M-KOM", "3")),
                "developmentGoal", "Analisis data sektoral", "preferredMode", "BLENDED"));
        submit("budi", caseNumber, "Task_AssessCompetencies", Map.of("supervisorRatings",
                HttpCaseSteps.rows(Map.of("T-ADS", "2", "M-PP", "3", "M-KOM", "3"))));
        steps.planCourses(caseNumber, "dewi", "budi");
        String schedule = steps.task("siti", caseNumber, "Task_ScheduleTraining");
        steps.call("siti", "POST", "/engine-rest/task/" + schedule + "/claim", Map.of("userId", "siti"));
        JsonNode options = steps.read(steps.call("siti", "GET", "/engine-rest/task/" + schedule
                + "/form-variables?deserializeValues=false", null).body().get("sessionOptions").get("value").asText());
        submit("siti", caseNumber, "Task_ScheduleTraining", Map.of("trainingSessionId", options.get(0).get("value").asText()));
        submit("siti", caseNumber, "Task_RecordTrainingResults", Map.of("attended", "true", "attendedMinutes", 450,
                "preTestScore", 40, "postTestScore", 70));
        Map<String, Object> reaction = new LinkedHashMap<>();
        List.of("relevance", "material", "trainer", "scheduleFit", "overall", "confidence").forEach(i -> reaction.put(i, "4"));
        reaction.put("actionPlan", "Dasbor statistik sektoral bulanan");
        submit("dewi", caseNumber, "Task_FillPostTrainingSurvey", reaction);
        submit("budi", caseNumber, "Task_ConductSupervisorInterview", Map.of("applicationRatings",
                HttpCaseSteps.rows(Map.of("T-ADS", "4")), "behaviourNotes", "Dasbor dipakai rapat pimpinan"));
        assertThat(steps.call("siti", "GET", "/api/cases/" + caseNumber, null).body().get("status").asText())
                .isEqualTo("CLOSED");

        // the seminar: registered by siti, attended, reflected on
        Map<String, Object> seminar = new LinkedHashMap<>();
        seminar.put("employeeNip", DemoData.DEWI_NIP);
        seminar.put("kind", "SEMINAR");
        seminar.put("title", "Seminar Nasional Satu Data Indonesia");
        seminar.put("organiser", "Badan Pusat Statistik");
        seminar.put("startsOn", day(2));
        seminar.put("endsOn", day(2));
        String seminarNumber = steps.call("siti", "POST", "/api/activities", seminar).body().get("activityNumber").asText();
        steps.runJobs(steps.instance(seminarNumber));
        String attendance = steps.task("siti", seminarNumber, "Task_RecordEventAttendance");
        steps.call("siti", "POST", "/engine-rest/task/" + attendance + "/claim", Map.of("userId", "siti"));
        submit("siti", seminarNumber, "Task_RecordEventAttendance", Map.of("eventAttended", "true", "attendedMinutes", 135));
        submit("dewi", seminarNumber, "Task_FillEventReflection", Map.of("usefulness", "5", "learningRating", "4",
                "actionPlan", "Metadata standar pada dataset sektoral"));

        // the coaching: budi, her supervisor, coaches her through two sessions
        String coaching = steps.call("siti", "POST", "/api/activities", Map.of("employeeNip", DemoData.DEWI_NIP,
                "kind", "COACHING", "title", "Penyajian data untuk pimpinan")).body().get("activityNumber").asText();
        steps.runJobs(steps.instance(coaching));
        submit("budi", coaching, "Task_AgreeGuidanceGoals", Map.of("goals", "Menyajikan data untuk keputusan",
                "plannedSessions", 2));
        submit("budi", coaching, "Task_LogGuidanceSession", Map.of("heldOn", day(0), "sessionMinutes", 90,
                "sessionNotes", "Memilih indikator", "nextStep", "ANOTHER"));
        submit("budi", coaching, "Task_LogGuidanceSession", Map.of("heldOn", day(0), "sessionMinutes", 45,
                "sessionNotes", "Meninjau dasbor", "nextStep", "CLOSE"));
        submit("budi", coaching, "Task_CloseGuidance", Map.of("goalsAttained", "4", "appliedOnJob", "4",
                "closingNote", "Dasbor disajikan sendiri"));
        submit("dewi", coaching, "Task_RateGuidance", Map.of("usefulness", "5", "coachHelpfulness", "5"));

        // the certificate: an e-learning she took elsewhere, claimed and verified
        Reply claimed = new HttpCalls(port).multipart("dewi", "/api/learning-claims", Map.of("employeeNip",
                DemoData.DEWI_NIP, "kind", "E_LEARNING", "title", "Literasi Data untuk ASN", "organiser",
                "LAN RI (ASN Unggul)", "startsOn", day(20), "endsOn", day(10), "minutes", "180"), "certificate",
                "sertifikat.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(claimed.status()).as(claimed.text()).isEqualTo(201);
        String claim = claimed.body().get("claimNumber").asText();
        steps.runJobs(steps.instance(claim));
        String verify = steps.task("siti", claim, "Task_VerifyLearningClaim");
        steps.call("siti", "POST", "/engine-rest/task/" + verify + "/claim", Map.of("userId", "siti"));
        submit("siti", claim, "Task_VerifyLearningClaim", Map.of("claimDecision", "VERIFIED"));

        // her year: 10 + 3 + 3 + 4 = 20 JP, the target met, each kind with its own JP
        JsonNode ledger = steps.call("dewi", "GET", "/api/jp/employees/" + DemoData.DEWI_NIP + "?year=" + year, null).body();
        assertThat(ledger.get("jp").decimalValue()).isEqualByComparingTo("20");
        assertThat(ledger.get("missing").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
        Map<String, BigDecimal> byKind = new LinkedHashMap<>();
        ledger.get("byKind").forEach(k -> byKind.put(k.get("kind").asText(), k.get("jp").decimalValue()));
        assertThat(byKind).containsOnlyKeys("PELATIHAN", "SEMINAR", "COACHING", "E_LEARNING");
        assertThat(byKind.get("PELATIHAN")).isEqualByComparingTo("10");
        assertThat(byKind.get("SEMINAR")).isEqualByComparingTo("3");
        assertThat(byKind.get("COACHING")).isEqualByComparingTo("3");
        assertThat(byKind.get("E_LEARNING")).isEqualByComparingTo("4");
        JsonNode standing = steps.call("siti", "GET", "/api/jp/agencies?agency=" + DemoData.AGENCY.replace(" ", "%20")
                + "&year=" + year, null).body();
        standing.get("standings").forEach(s -> {
            if (s.get("nip").asText().equals(DemoData.DEWI_NIP)) {
                assertThat(s.get("belowTarget").asBoolean()).isFalse();
            }
        });
        JsonNode siasn = steps.call("siti", "GET", "/api/jp/siasn?agency=" + DemoData.AGENCY.replace(" ", "%20")
                + "&year=" + year, null).body();
        assertThat(siasn.findValuesAsText("jenisKursus")).contains("Seminar/Konferensi/Sarasehan", "Coaching",
                "E-Learning");

        // the agency's report breaks the year's JP down by form of development: only dewi earned any
        String agency = java.net.URLEncoder.encode(DemoData.AGENCY, java.nio.charset.StandardCharsets.UTF_8);
        JsonNode report = steps.call("siti", "GET", "/api/reports/agencies?year=" + year + "&agency=" + agency, null).body();
        List<String> kinds = new java.util.ArrayList<>();
        report.get("jpByKind").forEach(k -> kinds.add(k.get("kind").asText() + " "
                + k.get("participants").asInt() + " " + k.get("credits").asInt() + " " + k.get("jp").decimalValue().stripTrailingZeros().toPlainString()));
        assertThat(kinds).containsExactly("PELATIHAN 1 1 10", "E_LEARNING 1 1 4", "COACHING 1 1 3", "SEMINAR 1 1 3");
        String page = steps.call("siti", "GET", "/laporan/instansi?nama=" + agency + "&tahun=" + year, null).text();
        assertThat(page).contains("JP dan partisipasi menurut bentuk pengembangan tahun " + year)
                .contains("Seminar/konferensi/sarasehan").contains("Pelatihan nonklasikal");
    }
}
