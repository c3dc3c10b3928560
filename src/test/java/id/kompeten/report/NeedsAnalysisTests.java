package id.kompeten.report;

import static id.kompeten.cases.CaseDriver.needsSurvey;
import static id.kompeten.cases.CaseDriver.ratings;
import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.demo.DemoData;
import id.kompeten.process.CaseProcess;
import id.kompeten.security.HttpCalls;
import id.kompeten.security.HttpCalls.Reply;
import id.kompeten.security.TestUsers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
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
 * The agency's needs analysis over HTTP, from real cases with authorizations on. andi (Pranata Komputer: T-LPE 3,
 * M-KOM 3, SK-PB 2 required) rated at 1 in each: gaps 2, 2 and 1, high, high and low; he proposes a line for each,
 * and budi approves the T-LPE course as proposed, SK-PB's seminar at 6 JP instead of 8, and drops M-KOM with his
 * reason. dewi (Statistisi: T-ADS 4, M-PP 3, M-KOM 3) rated at her levels but M-KOM at 1: one high need, gap 2,
 * no plan yet. Every figure below is counted by hand from those.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NeedsAnalysisTests {

    static final int YEAR = Year.now().getValue();
    static final String PAGE = "/laporan/kebutuhan?instansi=" + URLEncoder.encode(DemoData.AGENCY, StandardCharsets.UTF_8)
            + "&tahun=" + YEAR;

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    CaseDriver driver;
    HttpCalls api;

    @BeforeEach
    void reset() {
        driver = new CaseDriver(engine, jdbc);
        driver.reset();
        TestUsers.ensureAll(engine); // tono, HR of another agency
        jdbc.update("delete from development_plan_line");
        jdbc.update("delete from development_plan");
        api = new HttpCalls(port);
    }

    ProcessInstance needsEvaluated(String nip, String employee, Map<String, Integer> levels) {
        ProcessInstance instance = driver.open(cases, nip);
        driver.complete(instance, CaseProcess.TASK_FILL_NEEDS_SURVEY, employee, needsSurvey(levels));
        driver.complete(instance, CaseProcess.TASK_ASSESS_COMPETENCIES, "budi", ratings("supervisorRatings", levels));
        driver.settle(instance);
        return instance;
    }

    List<Map<String, Object>> planLines(String user, ProcessInstance instance, String task) throws Exception {
        return api.formRows(user, driver.task(instance, task).getId(), "planLines");
    }

    void submitPlan(String user, ProcessInstance instance, String task, List<Map<String, Object>> lines) throws Exception {
        Reply reply = api.submitForm(user, driver.task(instance, task).getId(), Map.of("planLines", lines));
        assertThat(reply.status()).as(reply.text()).isEqualTo(204);
        driver.settle(instance);
    }

    static Map<String, Object> line(List<Map<String, Object>> lines, String code) {
        return lines.stream().filter(l -> code.equals(l.get("competencyCode"))).findFirst().orElseThrow();
    }

    static void plan(Map<String, Object> line, String kind, int jp, long cost, String organiser) {
        line.put("kind", kind);
        line.put("intendedJp", jp);
        line.put("cost", cost);
        line.put("startsOn", YEAR + "-03-02");
        line.put("endsOn", YEAR + "-03-04");
        line.put("organiser", organiser);
    }

    void andiPlannedAndApproved() throws Exception {
        ProcessInstance andi = needsEvaluated(DemoData.ANDI_NIP, "andi", Map.of("T-LPE", 1, "M-KOM", 1, "SK-PB", 1));
        List<Map<String, Object>> proposal = planLines("andi", andi, CaseProcess.TASK_PROPOSE_DEVELOPMENT_PLAN);
        plan(line(proposal, "T-LPE"), "PELATIHAN", 20, 3_000_000, null);
        plan(line(proposal, "M-KOM"), "COACHING", 6, 0, null);
        plan(line(proposal, "SK-PB"), "SEMINAR", 8, 1_500_000, "Lembaga Administrasi Negara");
        submitPlan("andi", andi, CaseProcess.TASK_PROPOSE_DEVELOPMENT_PLAN, proposal);
        List<Map<String, Object>> approval = planLines("budi", andi, CaseProcess.TASK_APPROVE_DEVELOPMENT_PLAN);
        line(approval, "SK-PB").put("intendedJp", 6);
        line(approval, "M-KOM").put("keep", "DROP");
        line(approval, "M-KOM").put("dropReason", "Sudah dibina langsung dalam rapat mingguan");
        submitPlan("budi", andi, CaseProcess.TASK_APPROVE_DEVELOPMENT_PLAN, approval);
    }

    @Test
    void theYearsNeedsAreCountedByUnitPositionAndCompetencyWithWhatThePlansGiveEach() throws Exception {
        andiPlannedAndApproved();
        needsEvaluated(DemoData.DEWI_NIP, "dewi", Map.of("T-ADS", 4, "M-PP", 3, "M-KOM", 1));
        int employees = jdbc.queryForObject("select count(*) from employee where agency = ?", Integer.class, DemoData.AGENCY);

        // the lines as data: unit, position, competency, priority, employees, mean gap, kinds, planned, JP, cost
        Reply csv = api.as("siti", "GET", PAGE.replace("kebutuhan?", "kebutuhan.csv?") + "&format=data", null);
        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        assertThat(csv.text().split("\n")).containsExactly(
                "unit,position,competencyCode,competency,priority,employees,meanGap,kinds,planned,plannedJp,estimatedCost",
                "Sekretariat,Pranata Komputer Ahli Pertama,M-KOM,Komunikasi,HIGH,1,2,,0,0,0",
                "Sekretariat,Pranata Komputer Ahli Pertama,T-LPE,Layanan Publik Elektronik (SPBE),HIGH,1,2,PELATIHAN:1,1,20,3000000",
                "Sekretariat,Pranata Komputer Ahli Pertama,SK-PB,Perekat Bangsa,LOW,1,1,SEMINAR:1,1,6,1500000",
                "Sekretariat,Statistisi Ahli Muda,M-KOM,Komunikasi,HIGH,1,2,,0,0,0");

        // the page: the summary's counts, the competencies most needed first, the dropped and unplanned as such
        Reply page = api.as("siti", "GET", PAGE, null);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        String text = page.text().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(text).contains("Analisis Kebutuhan Pengembangan Kompetensi " + DemoData.AGENCY + ", tahun " + YEAR)
                .contains("instansi ini memiliki " + employees + " pegawai; kebutuhan pengembangan 2 pegawai telah"
                        + " dievaluasi, dan 2 di antaranya")
                .contains("Seluruhnya 4 kebutuhan (pegawai × kompetensi): 3 berprioritas tinggi, 0 sedang, 1 rendah.")
                .contains("2 kebutuhan sudah masuk rencana pengembangan pegawainya dan 2 belum; rencana itu memuat"
                        + " 26 JP dengan perkiraan biaya Rp 4.500.000")
                // by competency: M-KOM by two, high; then T-LPE (one, high); then SK-PB (one, low)
                .contains("Komunikasi 2 0 0 2 belum direncanakan 0 / 2 0 Rp 0")
                .contains("Layanan Publik Elektronik (SPBE) 1 0 0 1 Pelatihan (1) 1 / 1 20 Rp 3.000.000")
                .contains("Perekat Bangsa 0 0 1 1 Seminar/konferensi/sarasehan (1) 1 / 1 6 Rp 1.500.000")
                .doesNotContain("Andi Pratama").doesNotContain("Dewi Lestari");
        assertThat(text.indexOf("Komunikasi 2 0 0 2")).isLessThan(text.indexOf("Layanan Publik Elektronik (SPBE) 1 0 0 1"));

        // in English, and as the PDF
        String english = api.as("siti", "GET", PAGE + "&lang=en", null).text().replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ");
        assertThat(english).contains("Competency Development Needs Analysis").contains("4 needs in all")
                .contains("Electronic public services 1 0 0 1 Training (1) 1 / 1 20 Rp 3,000,000");
        Reply pdf = api.as("siti", "GET", PAGE.replace("kebutuhan?", "kebutuhan/pdf?"), null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.text()).startsWith("%PDF");

        // the spreadsheet in Indonesian: words, a decimal comma, ";" between fields
        String sheet = api.as("siti", "GET", PAGE.replace("kebutuhan?", "kebutuhan.csv?"), null).text();
        assertThat(sheet).startsWith("\uFEFFUnit kerja;Jabatan;Kode kompetensi;Kompetensi;Prioritas;Pegawai;")
                .contains("Sekretariat;Pranata Komputer Ahli Pertama;SK-PB;Perekat Bangsa;Rendah;1;1;"
                        + "Seminar/konferensi/sarasehan (1);1;6;1500000");
    }

    @Test
    void onlyHrOfTheAgencySeeIt() throws Exception {
        for (String user : List.of("andi", "budi", "tono")) {
            Reply refused = api.as(user, "GET", PAGE, null);
            assertThat(refused.status()).as(user).isEqualTo(404);
            assertThat(refused.text()).doesNotContain("Analisis Kebutuhan");
        }
        assertThat(api.as(null, "GET", PAGE, null).status()).isEqualTo(401);
        assertThat(api.as("siti", "GET", PAGE.replace("kebutuhan?", "kebutuhan.csv?"), null).status()).isEqualTo(200);
        Reply badYear = api.as("siti", "GET", PAGE.replace("tahun=" + YEAR, "tahun=19"), null);
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.text()).contains("tahun");
        // a year with nothing evaluated says so
        String empty = api.as("siti", "GET", PAGE.replace("tahun=" + YEAR, "tahun=" + (YEAR - 3)), null).text();
        assertThat(empty).contains("Belum ada kebutuhan pengembangan yang dievaluasi untuk tahun ini.");
    }
}
