package id.kompeten.activity;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.demo.DemoData;
import id.kompeten.system.Browsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two forms of the new families in Tasklist, in a real browser: siti records a study's semester (the grade point a
 * number with decimals, as form-js sends it), and dewi reports an e-learning completed (the day from the date
 * field's calendar, the ratings); what they wrote is in our tables. Screenshots in target/tasklist-study-semester.png
 * and target/tasklist-self-paced-report.png.
 */
@ExtendWith(Browsers.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ActivityFormsBrowserTests {

    private static final By COMPLETE = Browsers.COMPLETE;

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    ChromeDriver browser;
    WebDriverWait wait;
    ActivitySteps steps;

    @BeforeEach
    void start() {
        new CaseDriver(engine, jdbc).reset();
        steps = new ActivitySteps(port, engine, jdbc);
        browser = Browsers.start("1400,1700");
        wait = new WebDriverWait(browser, Browsers.BOUND);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void fill(String label, String text) {
        WebElement field = browser.findElements(By.cssSelector(".fjs-form-field")).stream()
                .filter(f -> f.getText().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + label))
                .findElement(By.cssSelector("input, textarea"));
        field.sendKeys(text, Keys.TAB);
    }

    private void choose(String label) {
        browser.findElements(By.cssSelector(".fjs-form-field-radio label")).stream()
                .filter(l -> l.getText().strip().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no choice " + label)).click();
    }

    private void chooseEach(String label) {
        browser.findElements(By.cssSelector(".fjs-form-field-radio")).forEach(group -> group
                .findElements(By.cssSelector("label")).stream().filter(l -> l.getText().strip().equals(label))
                .findFirst().ifPresent(WebElement::click));
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", name), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void hrRecordASemesterWithItsGradePointInTasklist() throws Exception {
        ProcessInstance study = steps.started(StudyActivityProcessTests.study(DemoData.DEWI_NIP));
        Task semester = steps.openTask(study);
        assertThat(steps.api.as("siti", "POST", "/engine-rest/task/" + semester.getId() + "/claim",
                Map.of("userId", "siti")).status()).isEqualTo(204);
        Browsers.openTask(browser, "http://localhost:" + port, "siti", semester.getId(), "");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form-field-number input")));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Catat hasil semester — Dewi Lestari",
                "SKS yang diperoleh semester ini", "Indeks prestasi semester (IPS, 0–4)", "Berlanjut ke semester berikutnya");
        assertThat(browser.findElement(By.cssSelector("textarea.fjs-textarea")).getAttribute("value"))
                .contains("Institusi: Universitas Padjadjaran", "Berikutnya: hasil semester 1");
        fill("SKS yang diperoleh", "18");
        fill("Indeks prestasi semester", "3.65");
        fill("Nomor transkrip", "UNPAD/MAP/2026/1");
        choose("Berlanjut ke semester berikutnya");
        screenshot("tasklist-study-semester.png");
        wait.until(ExpectedConditions.elementToBeClickable(COMPLETE)).click();
        wait.until(d -> engine.getTaskService().createTaskQuery().taskId(semester.getId()).count() == 0);
        Map<String, Object> row = jdbc.queryForMap("select semester, credits, grade_point, recorded_by from activity_semester");
        assertThat(row.get("SEMESTER")).isEqualTo(1);
        assertThat(row.get("CREDITS")).isEqualTo(18);
        assertThat((java.math.BigDecimal) row.get("GRADE_POINT")).isEqualByComparingTo("3.65");
        assertThat(row.get("RECORDED_BY")).isEqualTo("siti");
    }

    @Test
    void sheReportsHerELearningCompletedInTasklist() throws Exception {
        ProcessInstance learning = steps.started(SelfPacedActivityProcessTests.learning("E_LEARNING"));
        Task report = steps.openTask(learning);
        Browsers.openTask(browser, "http://localhost:" + port, "dewi", report.getId(), "");
        WebElement date = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".fjs-form-field-datetime input")));
        fill("Modul yang sudah selesai", "4");
        fill("Menit belajar", "540");
        fill("Nomor sertifikat", "LAN-EL-2026-00917");
        date.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".flatpickr-day.today"))).click();
        chooseEach("4 — Baik");
        fill("Yang akan saya terapkan", "Menyusun register risiko layanan");
        screenshot("tasklist-self-paced-report.png");
        wait.until(ExpectedConditions.elementToBeClickable(COMPLETE)).click();
        wait.until(d -> engine.getTaskService().createTaskQuery().taskId(report.getId()).count() == 0);
        Map<String, Object> row = jdbc.queryForMap("select modules_completed, attended_minutes, certificate_number,"
                + " completed_on, usefulness, learning_rating, status from development_activity");
        assertThat(row.get("MODULES_COMPLETED")).isEqualTo(4);
        assertThat(row.get("ATTENDED_MINUTES")).isEqualTo(540);
        assertThat(row.get("USEFULNESS")).isEqualTo(4);
        assertThat(row.get("LEARNING_RATING")).isEqualTo(4);
        assertThat(row.get("STATUS")).isEqualTo("IN_PROGRESS");
        assertThat(row.get("COMPLETED_ON").toString())
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString());
    }
}
