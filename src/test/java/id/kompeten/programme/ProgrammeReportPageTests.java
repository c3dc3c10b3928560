package id.kompeten.programme;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.security.HttpCalls;
import id.kompeten.system.DemoData;
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
            assertThat(text).contains("L2 rata-rata learning gain (g) 0,5");
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
}
