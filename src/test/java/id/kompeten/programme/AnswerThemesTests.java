package id.kompeten.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.cases.CaseDriver;
import id.kompeten.demo.DemoData;
import id.kompeten.process.ProgrammeProcess;
import id.kompeten.report.ReportThemes;
import id.kompeten.security.HttpCalls;
import id.kompeten.security.TestUsers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Words become evidence: in the programme report's review, siti codes each free-text answer of its cases with themes
 * of the configured list (andi's development goal, action plan and budi's notes of his interview; dewi's goal), an
 * unknown theme or an answer not of the programme refused naming the field; the report generated again counts the
 * themes and quotes the answers under Tantangan, with each theme's recommendation under Rekomendasi. And the keyword
 * suggestion, theme by theme.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AnswerThemesTests {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReportThemes themes;
    final ObjectMapper json = new ObjectMapper();

    HttpCalls.Reply submit(HttpCalls api, Task task, List<Map<String, Object>> answers, String decision) throws Exception {
        return api.submitForm("siti", task.getId(), Map.of("answers", answers, ProgrammeProcess.REPORT_DECISION, decision));
    }

    static Map<String, Object> coded(Map<String, Object> row, String... themes) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        copy.put("themes", List.of(themes));
        return copy;
    }

    @Test
    void hrCodeTheAnswersInTheReviewAndTheReportCountsAndQuotesThem() throws Exception {
        CaseDriver driver = new CaseDriver(engine, jdbc);
        driver.reset();
        jdbc.update("delete from answer_theme");
        HttpCalls api = new HttpCalls(port);
        ProgrammeScenario scenario = new ProgrammeScenario(engine, driver, api);
        List<String> numbers = scenario.create(List.of(DemoData.ANDI_NIP, DemoData.DEWI_NIP));
        scenario.completeAndisCase(numbers.get(0));
        scenario.closeDewisCaseWithoutNeed(numbers.get(1));
        scenario.unitHeadsAnswer();
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(scenario.programme().getId())
                .taskDefinitionKey(ProgrammeProcess.TASK_REVIEW_REPORT).singleResult();
        assertThat(api.as("siti", "POST", "/engine-rest/task/" + review.getId() + "/claim", Map.of("userId", "siti"))
                .status()).isEqualTo(204);

        List<Map<String, Object>> answers = api.formRows("siti", review.getId(), "answers");
        // each answer named by its source, unit and case, never its writer; none of their words suggests a theme
        assertThat(answers).extracting(a -> (String) a.get("answerRef")).hasSize(6)
                .allSatisfy(ref -> assertThat(ref).doesNotContain("Andi", "Dewi", "Budi"))
                .anySatisfy(ref -> assertThat(ref).startsWith("Peserta · Sekretariat · " + numbers.get(0) + " · Rencana aksi"))
                .anySatisfy(ref -> assertThat(ref).startsWith("Atasan · Sekretariat · " + numbers.get(0)
                        + " · Catatan perubahan perilaku"));
        // and the head of their unit's (budi's view of Sekretariat: named by the programme, not a case)
        assertThat(answers).extracting(a -> (String) a.get("answerRef"))
                .anySatisfy(ref -> assertThat(ref).startsWith("Pimpinan unit · Sekretariat · " + scenario.code
                        + " · Hambatan menurut pimpinan unit"));
        // the cases' words suggest no theme; the head's "jaringan internet" suggests facilities and technology
        assertThat(answers).filteredOn(a -> !a.get("answerRef").toString().startsWith("Pimpinan unit"))
                .allSatisfy(a -> assertThat((List<?>) a.get("themes")).isEmpty());
        assertThat(answers).filteredOn(a -> a.get("answerRef").toString().contains("Hambatan")).singleElement()
                .satisfies(a -> assertThat(a.get("themes")).isEqualTo(List.of("SARANA_TEKNOLOGI")));
        List<Map<String, Object>> options = api.formRows("siti", review.getId(), "themeOptions");
        assertThat(options).extracting(o -> o.get("value")).containsExactlyElementsOf(themes.codes()).hasSize(8);

        Map<String, Object> plan = answers.stream().filter(a -> a.get("answerRef").toString().contains("Rencana aksi"))
                .findFirst().orElseThrow();
        Map<String, Object> notes = answers.stream().filter(a -> a.get("answerRef").toString().contains("Catatan"))
                .findFirst().orElseThrow();
        Map<String, Object> dewisGoal = answers.stream().filter(a -> a.get("answerRef").toString().contains(numbers.get(1)))
                .findFirst().orElseThrow();

        // an unknown theme, or an answer that is not the programme's, is refused naming it; nothing is coded
        HttpCalls.Reply unknown = submit(api, review, List.of(coded(plan, "CUACA")), "REVISE");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("answers[0].themes[0]");
        Map<String, Object> forged = coded(plan, "ANGGARAN");
        forged.put("answerRef", "Peserta · Sekretariat · KMP-2020-000001 · Rencana aksi · #1");
        HttpCalls.Reply notOurs = submit(api, review, List.of(forged), "REVISE");
        assertThat(notOurs.status()).isEqualTo(400);
        assertThat(notOurs.text()).contains("answers[0].answerRef");
        // nor does HR of another agency code (or publish) this programme's report, nor anyone set the answers
        // through the engine's generic endpoints
        TestUsers.ensureAll(engine);
        HttpCalls.Reply otherAgency = api.submitForm("tono", review.getId(), Map.of("answers",
                List.of(coded(plan, "ANGGARAN")), ProgrammeProcess.REPORT_DECISION, "PUBLISH"));
        assertThat(otherAgency.status()).as(otherAgency.text()).isEqualTo(400);
        assertThat(otherAgency.text()).contains(ProgrammeProcess.REPORT_DECISION);
        assertThat(api.as("siti", "PUT", "/engine-rest/task/" + review.getId() + "/variables/answers",
                Map.of("value", "[]", "type", "Json")).status()).isEqualTo(403);
        assertThat(api.as("dewi", "POST", "/engine-rest/task/" + review.getId() + "/submit-form", Map.of("variables",
                Map.of(ProgrammeProcess.REPORT_DECISION, Map.of("value", "PUBLISH")))).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from answer_theme", Integer.class)).isZero();

        List<Map<String, Object>> coding = new ArrayList<>(List.of(coded(plan, "SARANA_TEKNOLOGI", "JADWAL"),
                coded(notes, "DUKUNGAN_PIMPINAN"), coded(dewisGoal, "SARANA_TEKNOLOGI")));
        assertThat(submit(api, review, coding, "REVISE").status()).isEqualTo(204);
        assertThat(jdbc.queryForList("select theme || ' ' || coded_by from answer_theme order by theme", String.class))
                .containsExactly("DUKUNGAN_PIMPINAN siti", "JADWAL siti", "SARANA_TEKNOLOGI siti", "SARANA_TEKNOLOGI siti");
        driver.settle(scenario.programme());

        // the report made again: the themes, the most raised first, each with its answers quoted and its source
        JsonNode report = api.as("siti", "GET", "/api/programmes/" + scenario.code + "/report", null).body();
        assertThat(report.get("themes").findValuesAsText("theme"))
                .containsExactly("SARANA_TEKNOLOGI", "DUKUNGAN_PIMPINAN", "JADWAL");
        assertThat(report.get("themes").get(0).get("answers").asInt()).isEqualTo(2);
        assertThat(report.get("themes").get(1).get("quotes").get(0).get("role").asText()).isEqualTo("SUPERVISOR");
        String page = api.as("siti", "GET", "/laporan/program/" + scenario.code, null).text()
                .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(page).contains("Sarana dan teknologi: disebut dalam 2 jawaban terbuka.")
                .contains("\u201cSudah melayani permohonan secara daring\u201d (atasan, Sekretariat).")
                .contains("Sarana dan teknologi: Pastikan sarana, perangkat dan jaringan siap sebelum pelatihan")
                .doesNotContain("Andi Pratama:");
        // the next review shows what was coded, not suggestions
        Task again = engine.getTaskService().createTaskQuery().processInstanceId(scenario.programme().getId())
                .taskDefinitionKey(ProgrammeProcess.TASK_REVIEW_REPORT).singleResult();
        List<Map<String, Object>> shown = json.readValue(engine.getFormService().getTaskFormVariables(again.getId()).get("answers")
                .toString(), new TypeReference<>() {});
        assertThat(shown).filteredOn(a -> a.get("answerRef").equals(plan.get("answerRef"))).singleElement()
                .satisfies(a -> assertThat(a.get("themes")).isEqualTo(List.of("SARANA_TEKNOLOGI", "JADWAL")));
    }

    @Test
    void keywordsSuggestThemesAtTheStartOfAWord() {
        assertThat(themes.suggest("Jaringan internet di kantor sering putus")).containsExactly("SARANA_TEKNOLOGI");
        assertThat(themes.suggest("Anggaran terbatas dan jadwal bentrok dengan rapat")).containsExactly("ANGGARAN", "JADWAL");
        assertThat(themes.suggest("Kepalanya mendukung, narasumber menguasai materi"))
                .containsExactly("DUKUNGAN_PIMPINAN", "PENGAJAR");
        // "mengajar" is not "pengajar", and nothing of a word's middle counts
        assertThat(themes.suggest("Saya ingin mengajar rekan tentang SPBE")).isEmpty();
        assertThat(themes.suggest(null)).isEmpty();
    }
}
