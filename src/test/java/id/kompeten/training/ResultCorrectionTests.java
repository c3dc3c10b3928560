package id.kompeten.training;

import static id.kompeten.process.CaseProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.process.CaseVariables;
import id.kompeten.security.HttpCalls;
import id.kompeten.security.HttpCalls.Reply;
import id.kompeten.security.TestUsers;
import id.kompeten.demo.DemoData;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A recorded result changes only by a correction of its own, by HR of the agency, with a reason, shown in the
 * timeline; and only until it is evaluated. Over HTTP, authorizations on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ResultCorrectionTests {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    HttpCalls api;
    CaseDriver driver;
    ProcessInstance andis;
    String caseNumber;

    @BeforeEach
    void setUp() {
        api = new HttpCalls(port);
        driver = new CaseDriver(engine, jdbc);
        driver.reset();
        TestUsers.ensureAll(engine);
        andis = driver.open(cases, DemoData.ANDI_NIP);
        caseNumber = andis.getBusinessKey();
        driver.surveyAndiNeedingSpbe(andis);
        driver.complete(andis, TASK_SCHEDULE_TRAINING, "siti", CaseDriver.vars(CaseVariables.TRAINING_SESSION_ID,
                driver.offeredSession(andis, "Layanan Publik Berbasis Elektronik")));
        driver.runJob(andis);
    }

    Reply correct(String user, Object figure, Object value, String reason) throws Exception {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("figure", figure);
        body.put("value", value);
        body.put("reason", reason);
        return api.as(user, "POST", "/api/cases/" + caseNumber + "/corrections", body);
    }

    @Test
    void hrCorrectsAScoreWithAReasonAndTheEvaluationUsesTheCorrectedOne() throws Exception {
        assertThat(correct("siti", "postTestScore", 80, "sebelum hasil").status()).as("nothing recorded yet").isEqualTo(409);
        driver.complete(andis, TASK_RECORD_TRAINING_RESULTS, "siti", CaseDriver.results(true, 900, 40, 70));

        Reply corrected = correct("siti", "postTestScore", 80, "Salah ketik: lembar jawaban menunjukkan 80");
        assertThat(corrected.status()).as(corrected.text()).isEqualTo(201);
        assertThat(corrected.body().get("oldValue").asInt()).isEqualTo(70);
        assertThat(corrected.body().get("correctedBy").asText()).isEqualTo("siti");
        assertThat(jdbc.queryForMap("select figure, old_value, new_value, corrected_by, reason from figure_correction"))
                .containsEntry("FIGURE", "postTestScore").containsEntry("OLD_VALUE", 70).containsEntry("NEW_VALUE", 80)
                .containsEntry("CORRECTED_BY", "siti").containsEntry("REASON", "Salah ketik: lembar jawaban menunjukkan 80");
        Reply file = api.as("siti", "GET", "/api/cases/" + caseNumber, null);
        assertThat(file.text()).contains("Koreksi nilai post-test: 70 → 80", "Salah ketik");

        // the gain is (80 - 40) / (100 - 40) = 2/3, from the corrected row
        driver.complete(andis, TASK_FILL_POST_TRAINING_SURVEY, "andi", CaseDriver.postTrainingSurvey(4));
        assertThat(jdbc.queryForObject("select score from evaluation_result where measure = 'LEARNING_GAIN'",
                BigDecimal.class).doubleValue()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(0.001));

        // evaluated: it stands
        Reply late = correct("siti", "preTestScore", 50, "terlambat");
        assertThat(late.status()).as(late.text()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from figure_correction", Integer.class)).isEqualTo(1);
    }

    @Test
    void onlyHrOfTheAgencyCorrectsAndBadInputIsRefusedNamingTheField() throws Exception {
        driver.complete(andis, TASK_RECORD_TRAINING_RESULTS, "siti", CaseDriver.results(true, 900, 40, 70));
        assertThat(correct("andi", "postTestScore", 100, "saya mau").status()).isEqualTo(403);
        assertThat(correct("budi", "postTestScore", 100, "atasan").status()).isEqualTo(403);
        assertThat(correct("tono", "postTestScore", 100, "instansi lain").status()).isEqualTo(404);

        assertField(correct("siti", "reactionIndex", 100, "bukan milik HR"), "figure");
        assertField(correct("siti", "postTestScore", 101, "di luar rentang"), "value");
        assertField(correct("siti", "postTestScore", 80.5, "pecahan"), "value");
        assertField(correct("siti", "postTestScore", "delapan puluh", "teks"), "value");
        assertField(correct("siti", "attendedMinutes", 100_000, "lebih dari sesi"), "value");
        assertField(correct("siti", "postTestScore", 80, " "), "reason");
        assertField(correct("siti", "postTestScore", 70, "sama"), "value");
        assertThat(jdbc.queryForObject("select count(*) from figure_correction", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select post_test_score from enrollment where status = 'ATTENDED'", Integer.class))
                .isEqualTo(70);
    }

    static void assertField(Reply reply, String field) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.body().get("errors").has(field)).as(reply.text()).isTrue();
        assertThat(reply.text()).doesNotContain("Exception", "java.");
    }
}
