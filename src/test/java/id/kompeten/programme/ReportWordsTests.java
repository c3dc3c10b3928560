package id.kompeten.programme;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.demo.DemoData;
import id.kompeten.process.ProgrammeProcess;
import id.kompeten.security.HttpCalls;
import id.kompeten.security.TestUsers;
import java.sql.Timestamp;
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
 * HR write the report's prose: in the review siti rewrites a section Kompeten generated and adds a finding of her
 * own resting on a figure; both are kept with the version reviewed, by her and when, carried into the next version
 * unchanged (same writer, same time), and shown on the published report that budi, the agency's head, reads, beside
 * the generated text of the other sections and the list of free-text answers (no names). Bad findings are refused
 * naming the field and change nothing; HR of another agency and the engine's generic endpoints cannot write them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportWordsTests {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;

    static Map<String, Object> finding(String kind, String text, String recommendation, String evidence) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("findingKind", kind);
        row.put("findingText", text);
        row.put("findingRecommendation", recommendation);
        row.put("findingEvidence", evidence);
        return row;
    }

    Task review(ProgrammeScenario scenario) {
        return engine.getTaskService().createTaskQuery().processInstanceId(scenario.programme().getId())
                .taskDefinitionKey(ProgrammeProcess.TASK_REVIEW_REPORT).singleResult();
    }

    static String words(HttpCalls.Reply page) {
        return page.text().replaceAll("<[^>]+>", " ").replaceAll("&#39;", "'").replaceAll("\\s+", " ");
    }

    @Test
    void anEditedSectionAndHrsOwnFindingAreKeptWithTheVersionAndShownOnThePublishedReport() throws Exception {
        CaseDriver driver = new CaseDriver(engine, jdbc);
        driver.reset();
        HttpCalls api = new HttpCalls(port);
        TestUsers.ensureAll(engine);
        ProgrammeScenario scenario = new ProgrammeScenario(engine, driver, api);
        List<String> numbers = scenario.create(List.of(DemoData.ANDI_NIP, DemoData.DEWI_NIP));
        scenario.completeAndisCase(numbers.get(0));
        scenario.closeDewisCaseWithoutNeed(numbers.get(1));
        scenario.unitHeadsAnswer();
        Task first = review(scenario);
        assertThat(api.as("siti", "POST", "/engine-rest/task/" + first.getId() + "/claim", Map.of("userId", "siti"))
                .status()).isEqualTo(204);

        // every section offered with Kompeten's text to edit; what a finding may rest on, with this version's values
        String generated = (String) engine.getFormService().getTaskFormVariables(first.getId()).get("sectionHasil");
        assertThat(generated).startsWith("Reaksi peserta (L1) rata-rata");
        assertThat((String) engine.getFormService().getTaskFormVariables(first.getId()).get("sectionMetodologi"))
                .startsWith("Evaluasi mengikuti model empat level Kirkpatrick");
        assertThat(api.formRows("siti", first.getId(), "evidenceOptions")).extracting(o -> (String) o.get("label"))
                .contains("Tingkat kehadiran: 100%").anySatisfy(l -> assertThat(l).startsWith("Tema: Anggaran ("));
        assertThat(api.formRows("siti", first.getId(), "ownFindings")).isEmpty();

        // a finding resting on nothing the report has, or saying nothing, is refused naming it; nothing is kept
        HttpCalls.Reply unknown = api.submitForm("siti", first.getId(), Map.of("ownFindings",
                List.of(finding("CHALLENGE", "Cuaca buruk", null, "weather")), ProgrammeProcess.REPORT_DECISION, "REVISE"));
        assertThat(unknown.status()).as(unknown.text()).isEqualTo(400);
        assertThat(unknown.text()).contains("ownFindings[0].findingEvidence");
        HttpCalls.Reply empty = api.submitForm("siti", first.getId(), Map.of("ownFindings",
                List.of(finding("STRENGTH", "", null, "attendanceRate")), ProgrammeProcess.REPORT_DECISION, "REVISE"));
        assertThat(empty.status()).as(empty.text()).isEqualTo(400);
        assertThat(empty.text()).contains("ownFindings[0].findingText");
        HttpCalls.Reply otherAgency = api.submitForm("tono", first.getId(), Map.of("sectionHasil", "Teks tono",
                ProgrammeProcess.REPORT_DECISION, "PUBLISH"));
        assertThat(otherAgency.status()).as(otherAgency.text()).isEqualTo(400);
        assertThat(api.as("siti", "PUT", "/engine-rest/task/" + first.getId() + "/variables/sectionHasil",
                Map.of("value", "Teks lewat mesin", "type", "String")).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from programme_report_text", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from programme_report_finding", Integer.class)).isZero();

        // siti rewrites the results and adds a strength; Kompeten's text sent back unchanged is not hers
        String results = "Kehadiran penuh dan rencana aksi yang jelas.\n\nUnit Sekretariat mulai melayani secara daring.";
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("sectionHasil", results.replace("\n", "\r\n"));
        answers.put("sectionMetodologi", engine.getFormService().getTaskFormVariables(first.getId()).get("sectionMetodologi"));
        answers.put("ownFindings", List.of(finding("STRENGTH", "Semua peserta hadir penuh",
                "Pertahankan jadwal pagi", "attendanceRate")));
        answers.put(ProgrammeProcess.REPORT_DECISION, "REVISE");
        assertThat(api.submitForm("siti", first.getId(), answers).status()).isEqualTo(204);
        int v1 = jdbc.queryForObject("select max(report_version) from programme_report_text", Integer.class);
        assertThat(jdbc.queryForList("select section || ' ' || written_by from programme_report_text", String.class))
                .containsExactly("hasil siti");
        assertThat(jdbc.queryForObject("select body from programme_report_text", String.class)).isEqualTo(results);
        Timestamp written = jdbc.queryForObject("select written_at from programme_report_text", Timestamp.class);
        driver.settle(scenario.programme());

        // the next version offers HR's words again; published with the conclusion rewritten too
        Task second = review(scenario);
        assertThat(second.getId()).isNotEqualTo(first.getId());
        assertThat(engine.getFormService().getTaskFormVariables(second.getId()).get("sectionHasil")).isEqualTo(results);
        assertThat(api.formRows("siti", second.getId(), "ownFindings")).singleElement()
                .satisfies(row -> assertThat(row.get("findingText")).isEqualTo("Semua peserta hadir penuh"));
        api.as("siti", "POST", "/engine-rest/task/" + second.getId() + "/claim", Map.of("userId", "siti"));
        Map<String, Object> publish = new LinkedHashMap<>();
        publish.put("sectionHasil", results);
        publish.put("sectionKesimpulan", "Program mencapai tujuannya dan layak diulang tahun depan.");
        publish.put("ownFindings", List.of(finding("STRENGTH", "Semua peserta hadir penuh", "Pertahankan jadwal pagi",
                "attendanceRate"), finding("CHALLENGE", "Anggaran belum tercatat", null, "theme:ANGGARAN")));
        publish.put(ProgrammeProcess.REPORT_DECISION, "PUBLISH");
        assertThat(api.submitForm("siti", second.getId(), publish).status()).isEqualTo(204);
        driver.settle(scenario.programme());
        int v2 = v1 + 1;
        // each version keeps its own words; the results carried over unchanged keep their writer and time
        assertThat(jdbc.queryForList("select report_version || ' ' || section from programme_report_text"
                + " order by report_version, section", String.class))
                .containsExactly(v1 + " hasil", v2 + " hasil", v2 + " kesimpulan");
        assertThat(jdbc.queryForObject("select written_at from programme_report_text where report_version = ?"
                + " and section = 'hasil'", Timestamp.class, v2)).isEqualTo(written);
        assertThat(jdbc.queryForList("select report_version || ' ' || position || ' ' || kind || ' ' || evidence"
                + " from programme_report_finding order by report_version, position", String.class))
                .containsExactly(v1 + " 1 STRENGTH attendanceRate", v2 + " 1 STRENGTH attendanceRate",
                        v2 + " 2 CHALLENGE theme:ANGGARAN");

        // budi, head of the agency, reads the published version: HR's words with whose they are, Kompeten's elsewhere
        String page = words(api.as("budi", "GET", "/laporan/program/" + scenario.code, null));
        assertThat(page).contains("Kehadiran penuh dan rencana aksi yang jelas.")
                .contains("Unit Sekretariat mulai melayani secara daring.")
                .contains("Teks bagian ini ditulis oleh siti")
                .contains("Program mencapai tujuannya dan layak diulang tahun depan.")
                .contains("Evaluasi mengikuti model empat level Kirkpatrick")
                .contains("Temuan BKPSDM (kekuatan): Semua peserta hadir penuh")
                .contains("Bukti: Tingkat kehadiran sebesar 100%")
                .contains("Temuan BKPSDM (tantangan): Anggaran belum tercatat")
                .contains("Bukti: tema Anggaran, 0 jawaban")
                .contains("Pertahankan jadwal pagi")
                .doesNotContain("Reaksi peserta (L1) rata-rata")
                .contains("8. Lampiran: Jawaban Terbuka");
        // the free-text answers, by source and case, never by name
        assertThat(page.substring(page.indexOf("8. Lampiran: Jawaban Terbuka")))
                .contains("Peserta Sekretariat " + numbers.get(0) + " Rencana aksi Menerapkan layanan daring di loket")
                .contains("Atasan Sekretariat " + numbers.get(0) + " Catatan perubahan perilaku")
                .doesNotContain("Andi").doesNotContain("Budi Santoso");
        // each answer's case links to its case file
        assertThat(api.as("budi", "GET", "/laporan/program/" + scenario.code, null).text())
                .contains("href=\"/api/cases/" + numbers.get(0) + "\"");
        // the current figures (HR's page without a version) are Kompeten's own text
        assertThat(words(api.as("siti", "GET", "/laporan/program/" + scenario.code, null)))
                .contains("Reaksi peserta (L1) rata-rata").doesNotContain("Kehadiran penuh dan rencana aksi");
        // and in English, HR's words stand as written, the rest in English
        assertThat(words(api.as("budi", "GET", "/laporan/program/" + scenario.code + "?lang=en", null)))
                .contains("Kehadiran penuh dan rencana aksi yang jelas.").contains("This section's text was written by siti")
                .contains("HR finding (strength): Semua peserta hadir penuh").contains("8. Appendix: Free-Text Answers");
    }
}
