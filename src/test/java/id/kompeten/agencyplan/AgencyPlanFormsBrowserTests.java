package id.kompeten.agencyplan;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.demo.DemoData;
import id.kompeten.process.AgencyPlanProcess;
import id.kompeten.security.HttpCalls;
import id.kompeten.system.Browsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
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
 * The agency plan's two forms in Tasklist, in a real browser: siti prepares the plan from the needs analysis (the
 * line it proposes, its organiser typed and its days from the calendar), and budi sets it after reading it; what they
 * wrote is in our tables. Screenshots in target/tasklist-prepare-agency-plan.png and
 * target/tasklist-approve-agency-plan.png.
 */
@ExtendWith(Browsers.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AgencyPlanFormsBrowserTests {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    ChromeDriver browser;
    WebDriverWait wait;
    HttpCalls api;

    @BeforeEach
    void start() {
        CaseDriver driver = new CaseDriver(engine, jdbc);
        driver.reset();
        jdbc.update("delete from agency_plan_line");
        jdbc.update("delete from agency_plan");
        driver.surveyAndiNeedingSpbe(driver.open(cases, DemoData.ANDI_NIP)); // his one need: T-LPE
        api = new HttpCalls(port);
        browser = Browsers.start("1400,1700");
        wait = new WebDriverWait(browser, Browsers.BOUND);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private Task started() throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        assertThat(api.as("siti", "POST", "/api/agency-plans", Map.of("agency", DemoData.AGENCY, "year", year))
                .status()).isEqualTo(201);
        String pid = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AgencyPlanProcess.PROCESS_ID).singleResult().getId();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult();
        assertThat(api.as("siti", "POST", "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", "siti"))
                .status()).isEqualTo(204);
        return task;
    }

    private void fill(String label, String text) {
        WebElement field = browser.findElements(By.cssSelector(".fjs-form-field")).stream()
                .filter(f -> f.getText().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + label))
                .findElement(By.cssSelector("input, textarea"));
        field.sendKeys(text, Keys.TAB);
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", name), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void hrPrepareThePlanFromTheLineTheNeedsAnalysisProposes() throws Exception {
        Task prepare = started();
        Browsers.openTask(browser, "http://localhost:" + port, "siti", prepare.getId(), "");
        List<WebElement> days;
        try {
            days = wait.until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector(".fjs-form-field-datetime input")).stream()
                        .filter(WebElement::isDisplayed).toList();
                return found.size() == 2 ? found : null;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("tasklist-prepare-agency-plan-failed.png");
            throw e;
        }
        // the list's own button in Indonesian (tasklist/scripts/form-list-labels.js), not form-js's English
        wait.until(d -> d.findElement(By.cssSelector(".fjs-repeat-render-add")).getText().strip().equals("Tambah baris"));
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(text).contains("Susun rencana pengembangan kompetensi tahunan — " + DemoData.AGENCY,
                "Sasaran (jabatan, unit kerja)", "Bentuk dan jalur pengembangan", "JP per peserta", "Standar kurikulum");
        assertThat(text).doesNotContain("Add new");
        assertThat(browser.findElement(By.cssSelector("textarea.fjs-textarea")).getAttribute("value"))
                .contains("Analisis kebutuhan: 1 pegawai dievaluasi, 1 kebutuhan",
                        "Layanan Publik Elektronik (SPBE) (T-LPE): 1 pegawai");
        assertThat(browser.findElements(By.cssSelector(".fjs-form-field-textfield input")).stream()
                .map(f -> f.getAttribute("value")).toList())
                .contains("T-LPE", "Layanan Publik Elektronik (SPBE)", "Pranata Komputer Ahli Pertama (Sekretariat)");
        fill("Penyelenggara", "BPSDM Provinsi Lampung");
        for (WebElement day : days) {
            day.click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".flatpickr-calendar.open .flatpickr-day.today")))
                    .click();
        }
        fill("Standar kurikulum", "Kurikulum SPBE Kementerian PANRB");
        screenshot("tasklist-prepare-agency-plan.png");
        wait.until(ExpectedConditions.elementToBeClickable(Browsers.COMPLETE)).click();
        wait.until(d -> engine.getTaskService().createTaskQuery().taskId(prepare.getId()).count() == 0);
        Map<String, Object> line = jdbc.queryForMap("select competency_code, kind, participants, jp, organiser,"
                + " starts_on, curriculum from agency_plan_line");
        assertThat(line.get("COMPETENCY_CODE")).isEqualTo("T-LPE");
        assertThat(line.get("KIND")).isEqualTo("PELATIHAN");
        assertThat(line.get("PARTICIPANTS")).isEqualTo(1);
        assertThat(line.get("JP")).isEqualTo(20);
        assertThat(line.get("ORGANISER")).isEqualTo("BPSDM Provinsi Lampung");
        assertThat(line.get("STARTS_ON").toString()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Jakarta")).toString());
        assertThat(line.get("CURRICULUM")).isEqualTo("Kurikulum SPBE Kementerian PANRB");
    }

    @Test
    void theHeadSetsThePlanAfterReadingIt() throws Exception {
        Task prepare = started();
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        String lines = "[{\"competencyCode\":\"T-LPE\",\"targetGroup\":\"Pranata Komputer Ahli Pertama (Sekretariat)\","
                + "\"kind\":\"PELATIHAN\",\"participants\":2,\"jp\":20,\"budget\":5000000,"
                + "\"organiser\":\"BPSDM Provinsi Lampung\",\"startsOn\":\"" + year + "-02-01\",\"endsOn\":\"" + year
                + "-11-30\"},{\"competencyCode\":\"M-KOM\",\"targetGroup\":\"Kepala bidang\",\"kind\":\"COACHING\","
                + "\"participants\":3,\"jp\":6,\"budget\":0,\"organiser\":\"Kepala Dinas\",\"startsOn\":\"" + year
                + "-03-01\",\"endsOn\":\"" + year + "-06-30\",\"curriculum\":\"Modul coaching LAN\"}]";
        assertThat(api.as("siti", "POST", "/engine-rest/task/" + prepare.getId() + "/submit-form", Map.of("variables",
                Map.of("planLines", Map.of("type", "Json", "value", lines)))).status()).isEqualTo(204);
        CaseDriver.runDue(engine, prepare.getProcessInstanceId(), false);
        Task approve = engine.getTaskService().createTaskQuery().processInstanceId(prepare.getProcessInstanceId())
                .singleResult();
        assertThat(approve.getAssignee()).isEqualTo("budi");
        Browsers.openTask(browser, "http://localhost:" + port, "budi", approve.getId(), "");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form-field-radio")));
        assertThat(browser.findElement(By.cssSelector("textarea.fjs-textarea")).getAttribute("value"))
                .contains("2 kegiatan, anggaran Rp 5.000.000", "2. Komunikasi (Coaching): Kepala bidang, Kepala Dinas;"
                        + " 3 peserta × 6 JP", "kurikulum: Modul coaching LAN");
        browser.findElements(By.cssSelector(".fjs-form-field-radio label")).stream()
                .filter(l -> l.getText().strip().equals("Tetapkan rencana")).findFirst()
                .orElseThrow(() -> new AssertionError("no choice")).click();
        screenshot("tasklist-approve-agency-plan.png");
        wait.until(ExpectedConditions.elementToBeClickable(Browsers.COMPLETE)).click();
        wait.until(d -> engine.getTaskService().createTaskQuery().taskId(approve.getId()).count() == 0);
        assertThat(jdbc.queryForObject("select status || ' ' || decided_by from agency_plan", String.class))
                .isEqualTo("APPROVED budi");
    }
}
