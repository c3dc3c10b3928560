package id.kompeten.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.demo.DemoData;
import id.kompeten.process.AnswerReviewProcess;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.ProgrammeProcess;
import id.kompeten.security.HttpCalls;
import id.kompeten.security.TestUsers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
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
 * The answers no programme's review covers are coded too: andi's case this year belongs to no programme; siti starts
 * the review of the agency's year, codes his development goal in Tasklist's form, and the agency's report counts and
 * quotes it. Outsiders (a participant, HR of another agency) cannot start it or code; a theme not on the list, or an
 * answer not of that year, is refused naming the row; the engine's generic endpoints set nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, AnswerReviewProcessTests.Coverage.class})
class AnswerReviewProcessTests {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary // the library has its own default; without this it silently uses that and asserts nothing
        ProcessEngineCoverageProperties coverageProperties() {
            return ProcessEngineCoverageProperties.Companion.builder()
                    .excludeProcessDefinitionKeys(CaseProcess.PROCESS_ID, ProgrammeProcess.PROCESS_ID)
                    .assertClassCoverageAtLeast(0.9)
                    .build();
        }
    }

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;

    @Test
    void hrCodeTheAnswersOfTheYearOutsideTheProgrammesAndTheAgencysReportCountsThem() throws Exception {
        CaseDriver driver = new CaseDriver(engine, jdbc);
        driver.reset();
        TestUsers.ensureAll(engine);
        HttpCalls api = new HttpCalls(port);
        int year = Year.now().getValue();
        ProcessInstance andi = driver.open(cases, DemoData.ANDI_NIP);
        driver.surveyAndiNeedingSpbe(andi);

        Map<String, Object> start = Map.of("agency", DemoData.AGENCY, "year", year);
        assertThat(api.as("dewi", "POST", "/api/answer-reviews", start).status()).isEqualTo(403);
        assertThat(api.as("tono", "POST", "/api/answer-reviews", start).status()).isEqualTo(403);
        HttpCalls.Reply noAgency = api.as("siti", "POST", "/api/answer-reviews", Map.of("year", year));
        assertThat(noAgency.status()).isEqualTo(400);
        assertThat(noAgency.text()).contains("agency");
        assertThat(api.as("siti", "POST", "/engine-rest/process-definition/key/" + AnswerReviewProcess.PROCESS_ID
                + "/start", Map.of()).status()).isEqualTo(403);
        HttpCalls.Reply started = api.as("siti", "POST", "/api/answer-reviews", start);
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        assertThat(started.body().get("answers").asInt()).isEqualTo(1);
        assertThat(api.as("siti", "POST", "/api/answer-reviews", start).status()).isEqualTo(409);

        ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AnswerReviewProcess.PROCESS_ID).singleResult();
        assertThat(review).isWaitingAt(AnswerReviewProcess.TASK_CODE_ANSWERS);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).singleResult();
        assertThat(task.getName()).isEqualTo("Tandai tema jawaban terbuka instansi");
        assertThat(api.as("siti", "POST", "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", "siti"))
                .status()).isEqualTo(204);
        List<Map<String, Object>> rows = api.formRows("siti", task.getId(), "answers");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("answerRef").toString()).startsWith("Peserta · Sekretariat · " + andi.getBusinessKey()
                    + " · Tujuan pengembangan");
            assertThat(row.get("answerText")).isEqualTo("Menguasai layanan publik elektronik");
        });
        Map<String, Object> coded = new LinkedHashMap<>(rows.get(0));
        coded.put("themes", List.of("CUACA"));
        HttpCalls.Reply unknown = api.submitForm("siti", task.getId(), Map.of("answers", List.of(coded)));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("answers[0].themes[0]");
        Map<String, Object> forged = new LinkedHashMap<>(coded);
        forged.put("answerRef", "Peserta · Sekretariat · KMP-2020-000001 · Tujuan pengembangan · #1");
        forged.put("themes", List.of("ANGGARAN"));
        HttpCalls.Reply notOurs = api.submitForm("siti", task.getId(), Map.of("answers", List.of(forged)));
        assertThat(notOurs.status()).isEqualTo(400);
        assertThat(notOurs.text()).contains("answers[0].answerRef");
        coded.put("themes", List.of("ANGGARAN"));
        HttpCalls.Reply otherAgency = api.submitForm("tono", task.getId(), Map.of("answers", List.of(coded)));
        // (the queue is all HR staff's: the form refuses HR serving another agency)
        assertThat(otherAgency.status()).as(otherAgency.text()).isEqualTo(400);
        assertThat(otherAgency.text()).contains("answers");
        assertThat(api.as("siti", "PUT", "/engine-rest/task/" + task.getId() + "/variables/answers",
                Map.of("value", "[]", "type", "Json")).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from answer_theme", Integer.class)).isZero();

        assertThat(api.submitForm("siti", task.getId(), Map.of("answers", List.of(coded))).status()).isEqualTo(204);
        assertThat(review).isEnded();
        assertThat(jdbc.queryForList("select source || ' ' || theme || ' ' || coded_by from answer_theme", String.class))
                .containsExactly("DEVELOPMENT_GOAL ANGGARAN siti");
        String page = api.as("siti", "GET", "/laporan/instansi?nama=" + URLEncoder.encode(DemoData.AGENCY,
                StandardCharsets.UTF_8) + "&tahun=" + year, null).text().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(page).contains("Anggaran: disebut dalam 1 jawaban terbuka.")
                .contains("\u201cMenguasai layanan publik elektronik\u201d (peserta, Sekretariat).");
    }
}
