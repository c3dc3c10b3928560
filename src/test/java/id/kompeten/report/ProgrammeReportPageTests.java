package id.kompeten.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.security.HttpCalls;
import id.kompeten.demo.DemoData;
import id.kompeten.programme.ProgrammeScenario;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The report as its readers get it over HTTP: the page in the seven sections with each figure linked to its
 * cases, the PDF with the same sections, who may read which version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProgrammeReportPageTests {

    static final List<String> SECTIONS = List.of("1. Pendahuluan", "2. Tujuan Program", "3. Metodologi Evaluasi",
            "4. Hasil dan Dampak terhadap Kinerja", "5. Tantangan", "6. Rekomendasi", "7. Kesimpulan");

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    ProgrammeScenario scenario;
    HttpCalls api;
    List<String> numbers;

    @BeforeEach
    void programmeWithOneCaseDoneAndOneClosedWithoutNeed() throws Exception {
        CaseDriver driver = new CaseDriver(engine, jdbc);
        driver.reset();
        api = new HttpCalls(port);
        scenario = new ProgrammeScenario(engine, driver, api);
        numbers = scenario.create(List.of(DemoData.ANDI_NIP, DemoData.DEWI_NIP));
        scenario.completeAndisCase(numbers.get(0));
        scenario.closeDewisCaseWithoutNeed(numbers.get(1));
        scenario.unitHeadsAnswer();
    }

    byte[] bytes(String user, String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void thePageHasTheSevenSectionsAndLinksEveryFigureToItsCases() throws Exception {
        HttpCalls.Reply page = api.as("siti", "GET", "/laporan/program/" + scenario.code, null);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        assertThat(page.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.text()).contains("Laporan Evaluasi Program Pelatihan SPBE " + scenario.year);
        SECTIONS.forEach(section -> assertThat(page.text()).contains(section));
        // g = (70 - 40) / (100 - 40) = 0.5, shown the Indonesian way, linked to the case behind it
        assertThat(page.text()).contains("href=\"/laporan/program/" + scenario.code + "/kasus?angka=gainMean&amp;lang=id\">0,5</a>");
        assertThat(page.text()).contains("Survei pascapelatihan (skala Likert 1–5)");
        assertThat(page.text()).contains("Kompetensi sasaran: Layanan Publik Elektronik (SPBE) (T-LPE).");
        // the session andi attended, with its organiser, in the introduction
        assertThat(page.text()).contains("Pelatihan Layanan Publik Berbasis Elektronik (BPSDM Provinsi Lampung)");
        assertThat(page.text()).contains("data-chart=").contains("/webjars/chart.js/dist/chart.umd.min.js");

        HttpCalls.Reply cases = api.as("siti", "GET", "/laporan/program/" + scenario.code + "/kasus?angka=gainMean", null);
        assertThat(cases.status()).isEqualTo(200);
        assertThat(cases.text()).contains(numbers.get(0)).contains("Andi Pratama").doesNotContain(numbers.get(1));
        HttpCalls.Reply all = api.as("siti", "GET", "/laporan/program/" + scenario.code + "/kasus?angka=attendanceRate", null);
        assertThat(all.text()).contains(numbers.get(0));

        HttpCalls.Reply english = api.as("siti", "GET", "/laporan/program/" + scenario.code + "?lang=en", null);
        assertThat(english.text()).contains("4. Results and Impact on Performance").contains(">0.5</a>");
        // the chart library is served (public, it is a script)
        assertThat(new HttpCalls(port).call(null, null, "GET", "/webjars/chart.js/dist/chart.umd.min.js", null,
                java.util.Map.of()).status()).isEqualTo(200);
    }

    @Test
    void thePdfHasTheSameSections() throws Exception {
        byte[] pdf = bytes("siti", "/laporan/program/" + scenario.code + "/pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            SECTIONS.forEach(section -> assertThat(text).contains(section));
            assertThat(text).contains("Program mencapai seluruh 1 tujuannya (2 kasus, 2 selesai).");
            assertThat(text).contains("L2 rata-rata peningkatan hasil belajar (g) 0,5");
        }
    }

    @Test
    void onlyHrOfTheAgencySeeTheCurrentReportAndItsHeadsThePublishedOne() throws Exception {
        String path = "/laporan/program/" + scenario.code;
        assertThat(new HttpCalls(port).call(null, null, "GET", path, null, java.util.Map.of()).status()).isEqualTo(401);
        HttpCalls.Reply refused = api.as("andi", "GET", path, null);
        assertThat(refused.status()).isEqualTo(404);
        // a page for the reader who followed a link, naming why, not the API's JSON
        assertThat(refused.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(refused.text()).contains("Laporan tidak tersedia").contains("program " + scenario.code + " tidak ditemukan");
        assertThat(api.as("budi", "GET", path, null).status()).as("not published yet").isEqualTo(404);

        scenario.review("PUBLISH");
        HttpCalls.Reply head = api.as("budi", "GET", path, null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.text()).contains("Laporan akhir, versi 1").contains("diterbitkan");
        assertThat(api.as("andi", "GET", path + "/pdf", null).status()).isEqualTo(404);
        assertThat(api.as("budi", "GET", path + "/kasus.csv", null).status()).as("live rows: HR only").isEqualTo(404);
        assertThat(api.as("siti", "GET", path + "/kasus.csv", null).text()).contains(numbers.get(0));
    }

    @Test
    void anAgencysYearHasTheSameSectionsOverAllItsCasesAndEmployees() throws Exception {
        String agency = java.net.URLEncoder.encode(DemoData.AGENCY, StandardCharsets.UTF_8);
        HttpCalls.Reply page = api.as("siti", "GET", "/laporan/instansi?nama=" + agency + "&tahun=" + scenario.year, null);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        assertThat(page.text()).contains("Laporan Evaluasi Pengembangan Kompetensi " + DemoData.AGENCY);
        SECTIONS.forEach(section -> assertThat(page.text()).contains(section));
        // budi, andi and dewi: only andi has his 20 JP
        assertThat(page.text()).contains("1 dari 3 pegawai telah mencapainya");
        assertThat(page.text()).contains("2 kasus pengembangan kompetensi tahun ini, 2 di antaranya selesai; 1 dari 3 pegawai");
        HttpCalls.Reply cases = api.as("siti", "GET", "/laporan/instansi/kasus?nama=" + agency + "&tahun=" + scenario.year
                + "&angka=gainMean", null);
        assertThat(cases.text()).contains(numbers.get(0)).doesNotContain(numbers.get(1));
        byte[] pdf = bytes("siti", "/laporan/instansi/pdf?nama=" + agency + "&tahun=" + scenario.year);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            SECTIONS.forEach(section -> assertThat(text).contains(section));
        }
        assertThat(api.as("andi", "GET", "/laporan/instansi?nama=" + agency, null).status()).isEqualTo(404);
        assertThat(api.as("siti", "GET", "/laporan/instansi?nama=" + agency + "&tahun=1990", null).status()).isEqualTo(400);
    }

    /** What a reader sees of a page: its text without tags, scripts and styles. */
    static String visible(String html) {
        return html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ").replaceAll("\\s+", " ");
    }

    @Test
    void eachPageSpeaksItsReadersLanguageWithoutCodesOrFigureNames() throws Exception {
        String path = "/laporan/program/" + scenario.code;
        String indonesian = visible(api.as("siti", "GET", path, null).text());
        String english = visible(api.as("siti", "GET", path + "?lang=en", null).text());
        String cases = visible(api.as("siti", "GET", path + "/kasus?angka=attendanceRate", null).text());
        String casesEn = visible(api.as("siti", "GET", path + "/kasus?angka=attendanceRate&lang=en", null).text());
        for (String page : List.of(indonesian, english, cases, casesEn)) {
            // no enum code (COMPLETED, NO_NEED, KLASIKAL, ...) and no figure's field name (absenceRate, gainMean, ...)
            assertThat(page).doesNotContainPattern("\\b[A-Z]{2,}_[A-Z_]+\\b").doesNotContain("COMPLETED", "KLASIKAL")
                    .doesNotContain("((");
            for (var figure : ProgrammeFigures.class.getRecordComponents()) {
                if (figure.getType() == ProgrammeFigures.Figure.class) {
                    assertThat(page).as("field name %s shown", figure.getName()).doesNotContain(figure.getName());
                }
            }
            assertThat(page).doesNotContain("absenceRate");
        }
        // Indonesian: no English term; the outcome and the mode in words; no challenge said plainly, the strengths
        // (attendance, surveys returned, gain, mastery: all well above target) after it, and what to keep doing
        assertThat(indonesian.toLowerCase()).doesNotContainPattern("\\b(learning|gain|triggered|threshold|cases?)\\b");
        assertThat(indonesian).contains("L2 rata-rata peningkatan hasil belajar (g)").contains("Klasikal (tatap muka)")
                .contains("5. Tantangan Tidak ada angka yang melewati ambang tantangan. 4 angka jauh di atas sasaran"
                        + " menjadi kekuatan; jawaban terbuka peserta dan atasan menyebut 0 tema. Kekuatan: tingkat"
                        + " kehadiran 100%, di atas 95%. Dasar: Tingkat kehadiran sebesar 100% (ambang kekuatan 95%), 1 kasus")
                .contains("6. Rekomendasi Rekomendasi berikut mengikuti dari tantangan, kekuatan dan tema jawaban di"
                        + " atas. Pertahankan jadwal dan moda pelatihan yang membuat hampir semua peserta hadir.");
        assertThat(cases).contains("Selesai, kompetensi dikuasai").contains("Status kasus");
        // English: the title reads as English, singular and plural as they fall
        assertThat(english).contains("Programme Evaluation Report: Pelatihan SPBE " + scenario.year)
                .contains("The programme reached its one goal (2 cases, 2 closed).")
                .contains("Classroom (face to face)").doesNotContain("1 goals").doesNotContain("1 cases")
                .contains("Strength: attendance 100%, above 95%. Basis: Attendance rate at 100% (strength threshold 95%), 1 case")
                .doesNotContain("Report of Programme");
        assertThat(casesEn).contains("Completed, competencies mastered");
    }

    @Test
    void theCsvOpensInAnIndonesianSpreadsheetAndIsOfferedInEnglishAndForPrograms() throws Exception {
        String path = "/laporan/program/" + scenario.code + "/kasus.csv";
        byte[] sheet = bytes("siti", path);
        // UTF-8 with a byte-order mark: Excel reads it as UTF-8
        assertThat(new byte[] {sheet[0], sheet[1], sheet[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String[] rows = new String(sheet, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(rows).hasSize(3);
        assertThat(rows[0]).startsWith("Nomor kasus;Hasil kasus;Selesai;Putaran;L1 indeks reaksi (0-100);")
                .contains(";L2 peningkatan hasil belajar (g);").endsWith(";JP;Biaya (Rp)");
        // andi: reaction (4 - 1) / 4 x 100 = 75, g = (70 - 40) / (100 - 40) = 0,5 with a decimal comma, 20 JP
        assertThat(rows).anySatisfy(row -> assertThat(row)
                .startsWith(numbers.get(0) + ";Selesai, kompetensi dikuasai;Ya;1;75;75;0,5;100;1;0;1;0;1;1;20;"));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith(numbers.get(1) + ";Tidak perlu pelatihan;Ya;1;"));

        String[] english = new String(bytes("siti", path + "?lang=en"), StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(english[0]).startsWith("Case number,Outcome,Closed,Rounds,");
        assertThat(english).anySatisfy(row -> assertThat(row)
                .startsWith(numbers.get(0) + ",\"Completed, competencies mastered\",Yes,1,75,75,0.5,100,"));

        String data = new String(bytes("siti", path + "?format=data"), StandardCharsets.UTF_8);
        assertThat(data).startsWith("caseNumber,outcome,closed,rounds,reactionIndex")
                .contains(numbers.get(0) + ",COMPLETED,true,1,75,75,0.5,100,");

        // the API's and the agency's CSV are the same spreadsheet
        assertThat(new String(bytes("siti", "/api/programmes/" + scenario.code + "/cases.csv"), StandardCharsets.UTF_8))
                .startsWith("\uFEFFNomor kasus;Hasil kasus;");
        String agency = java.net.URLEncoder.encode(DemoData.AGENCY, StandardCharsets.UTF_8);
        assertThat(new String(bytes("siti", "/laporan/instansi/kasus.csv?nama=" + agency + "&tahun=" + scenario.year),
                StandardCharsets.UTF_8)).startsWith("\uFEFFNomor kasus;Hasil kasus;").contains(";0,5;");
    }
}
