package id.kompeten.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.security.HttpCalls;
import id.kompeten.system.Browsers;
import id.kompeten.demo.DemoData;
import id.kompeten.programme.ProgrammeScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The report page in a real browser (Debian's Chromium through its ChromeDriver, both installed by .ci/run):
 * siti logs in to Tasklist, opens the report with that session, the five charts are drawn by Chart.js with
 * pixels on their canvases, and the PDF behind the page's download link holds the seven sections.
 * Leaves a screenshot in target/report-page.png.
 *
 * <p>Skipped without Chromium, except in CI, and every wait bounded: see {@link Browsers}.
 */
@ExtendWith(Browsers.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportPageBrowserTests {

    static final Duration BOUND = Browsers.BOUND;

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    ChromeDriver browser;
    ProgrammeScenario scenario;

    @BeforeEach
    void start() throws Exception {
        CaseDriver driver = new CaseDriver(engine, jdbc);
        driver.reset();
        scenario = new ProgrammeScenario(engine, driver, new HttpCalls(port));
        List<String> numbers = scenario.create(List.of(DemoData.ANDI_NIP, DemoData.DEWI_NIP));
        scenario.completeAndisCase(numbers.get(0));
        scenario.closeDewisCaseWithoutNeed(numbers.get(1));
        scenario.unitHeadsAnswer();

        browser = Browsers.start("1280,3400");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void hrOpenTheReportFromTheirTasklistSessionAndSeeTheChartsDrawn() throws Exception {
        String base = "http://localhost:" + port;
        WebDriverWait wait = new WebDriverWait(browser, BOUND);
        Browsers.logInToTasklist(browser, base, "siti");

        browser.get(base + "/laporan/program/" + scenario.code);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-charts-drawn", "5"));
        assertThat(browser.getTitle()).isEqualTo("Laporan Evaluasi Program Pelatihan SPBE " + scenario.year);
        JavascriptExecutor js = browser;
        for (String chart : List.of("chart-reaction", "chart-questions", "chart-gain", "chart-levels", "chart-jp")) {
            Object painted = js.executeScript("""
                    const canvas = document.getElementById(arguments[0]);
                    if (!Chart.getChart(canvas)) return -1;
                    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                    let opaque = 0;
                    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) opaque++;
                    return opaque;""", chart);
            assertThat(((Number) painted).longValue()).as(chart + " drawn, with pixels").isGreaterThan(500);
        }
        // the L1-L3 chart carries the figures: reaction 75, gain 0.5 x 100, transfer 100, mastered 100 %
        assertThat(js.executeScript("return Chart.getChart('chart-levels').data.datasets[0].data.map(Number)").toString())
                .isEqualTo("[75, 50, 100, 100]");
        Path shot = Path.of("target", "report-page.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));

        // the page's own PDF link, fetched with the browser's session; the test waits for the fetch to end, not
        // for a script timeout (the PDF takes 2 s on a quiet machine, over 30 s on a busy one)
        String href = browser.findElement(By.id("download-pdf")).getAttribute("href");
        js.executeScript("""
                window.pdfFetch = {};
                fetch(arguments[0]).then(r => {
                  if (!r.ok) throw new Error('HTTP ' + r.status);
                  return r.arrayBuffer();
                }).then(b => {
                  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); window.pdfFetch.pdf = btoa(s);
                }).catch(e => window.pdfFetch.error = String(e));""", href);
        wait.until(b -> js.executeScript("return window.pdfFetch.pdf !== undefined || window.pdfFetch.error !== undefined"));
        assertThat(js.executeScript("return window.pdfFetch.error")).as("the PDF fetch").isNull();
        String base64 = (String) js.executeScript("return window.pdfFetch.pdf");
        try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode(base64))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            ProgrammeReportPageTests.SECTIONS.forEach(section -> assertThat(text).contains(section));
        }

        // a figure's link leads to the cases behind it
        browser.findElement(By.cssSelector("a[href*='kasus?angka=gainMean']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("back")));
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("Andi Pratama");
    }
}
