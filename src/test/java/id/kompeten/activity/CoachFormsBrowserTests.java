package id.kompeten.activity;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.demo.DemoData;
import id.kompeten.security.HttpCalls;
import id.kompeten.system.Browsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
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
 * The coach's session log in Tasklist, in a real browser: budi picks the session's date in the form's date field,
 * fills in its minutes and notes and completes it; the session is in our tables as he wrote it. Screenshot in
 * target/tasklist-coaching-session.png.
 */
@ExtendWith(Browsers.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CoachFormsBrowserTests {

    private static final By COMPLETE = Browsers.COMPLETE;

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void start() {
        new CaseDriver(engine, jdbc).reset();
        browser = Browsers.start("1400,1500");
        wait = new WebDriverWait(browser, Browsers.BOUND);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theCoachLogsASessionWithItsDateInTasklist() throws Exception {
        HttpCalls api = new HttpCalls(port);
        String number = api.as("siti", "POST", "/api/activities", Map.of("employeeNip", DemoData.ANDI_NIP,
                "kind", "COACHING", "title", "Penyusunan Arsitektur SPBE Daerah")).body().get("activityNumber").asText();
        ProcessInstance coaching = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(number).singleResult();
        ManagementService management = engine.getManagementService();
        management.createJobQuery().processInstanceId(coaching.getId()).messages().list()
                .forEach(job -> management.executeJob(job.getId()));
        Task goals = engine.getTaskService().createTaskQuery().processInstanceId(coaching.getId()).singleResult();
        engine.getIdentityService().setAuthentication("budi", List.of("supervisors"));
        try {
            engine.getFormService().submitTaskForm(goals.getId(), Map.of("goals", "Menyusun peta proses layanan SPBE",
                    "plannedSessions", 3));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        Task log = engine.getTaskService().createTaskQuery().processInstanceId(coaching.getId()).singleResult();

        String base = "http://localhost:" + port;
        Browsers.openTask(browser, base, "budi", log.getId(), "");
        WebElement date = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".fjs-form-field-datetime input")));
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains("Catat sesi coaching/mentoring — Andi Pratama · " + number, "Tanggal sesi",
                "Lama sesi (menit)", "Yang dibahas dan disepakati", "Masih ada sesi berikutnya");

        // today, as the date field shows it to a reader (its own format), then picked from its calendar
        date.click();
        WebElement today = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".flatpickr-day.today")));
        today.click();
        browser.findElement(By.cssSelector(".fjs-form-field-number input")).sendKeys("90");
        browser.findElements(By.cssSelector("textarea.fjs-textarea")).stream()
                .filter(t -> t.getAttribute("readonly") == null).findFirst().orElseThrow()
                .sendKeys("Memetakan layanan perizinan", Keys.TAB);
        browser.findElements(By.cssSelector(".fjs-form-field-radio input[type='radio']")).get(0).click();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "tasklist-coaching-session.png"), browser.getScreenshotAs(OutputType.BYTES));
        wait.until(ExpectedConditions.elementToBeClickable(COMPLETE)).click();
        wait.until(d -> engine.getTaskService().createTaskQuery().taskId(log.getId()).count() == 0);
        Map<String, Object> session = jdbc.queryForMap("select held_on, minutes, notes, logged_by from activity_session");
        assertThat(session.get("MINUTES")).isEqualTo(90);
        assertThat(session.get("NOTES")).isEqualTo("Memetakan layanan perizinan");
        assertThat(session.get("LOGGED_BY")).isEqualTo("budi");
        assertThat(session.get("HELD_ON").toString())
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString());
    }
}
