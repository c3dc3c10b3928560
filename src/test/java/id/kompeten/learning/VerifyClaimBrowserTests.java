package id.kompeten.learning;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.demo.DemoData;
import id.kompeten.process.ClaimProcess;
import id.kompeten.security.HttpCalls;
import id.kompeten.system.Browsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
 * HR's verification of a claim in Tasklist, in a real browser: the form in Indonesian with the claim and the JP it
 * would earn, its link to the certificate working with Tasklist's own session (a download, not a page), and the
 * decision completing the task. Screenshot in target/tasklist-verify-claim.png.
 */
@ExtendWith(Browsers.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VerifyClaimBrowserTests {

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
    void hrSeeTheClaimDownloadItsCertificateAndVerifyIt() throws Exception {
        LocalDate endsOn = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("employeeNip", DemoData.ANDI_NIP);
        fields.put("kind", "WORKSHOP");
        fields.put("title", "Lokakarya Penyusunan Arsitektur SPBE Daerah");
        fields.put("organiser", "Kementerian PANRB");
        fields.put("startsOn", endsOn.minusDays(1).toString());
        fields.put("endsOn", endsOn.toString());
        fields.put("minutes", "720");
        String number = new HttpCalls(port).multipart("andi", "/api/learning-claims", fields, "certificate",
                "sertifikat.pdf", CertificateFileTests.PDF).body().get("claimNumber").asText();
        ManagementService management = engine.getManagementService();
        management.createJobQuery().processDefinitionKey(ClaimProcess.PROCESS_ID).list()
                .forEach(job -> management.executeJob(job.getId()));
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).singleResult();
        engine.getTaskService().claim(task.getId(), "siti");

        String base = "http://localhost:" + port;
        Browsers.openTask(browser, base, "siti", task.getId(), "");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".fjs-form-field-radio input[type='radio']"), 2));
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains("Verifikasi klaim pembelajaran — Andi Pratama · " + number, "Keputusan",
                "Alasan penolakan (wajib bila ditolak)", "Unduh sertifikat");
        String summary = browser.findElement(By.cssSelector("textarea[readonly], .fjs-form-field-textarea textarea"))
                .getAttribute("value");
        assertThat(summary).contains("Jenis: Workshop/lokakarya", "Penyelenggara: Kementerian PANRB",
                "Durasi menurut sertifikat: 720 menit", "JP bila diverifikasi: 16", "Sertifikat: PDF, 1 KB"); // 720 / 45 = 16

        // the form's link, fetched with Tasklist's session: the certificate as a download
        WebElement link = browser.findElement(By.linkText("Unduh sertifikat"));
        assertThat(link.getAttribute("href")).endsWith("/berkas/klaim/" + number + "/sertifikat");
        Object answer = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-disposition')))"
                + ".catch(e => done(String(e)));", link.getAttribute("href"));
        assertThat(String.valueOf(answer)).isEqualTo("200 attachment; filename=\"sertifikat-" + number + ".pdf\"");

        browser.findElements(By.cssSelector(".fjs-form-field-radio input[type='radio']")).get(0).click();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "tasklist-verify-claim.png"), browser.getScreenshotAs(OutputType.BYTES));
        wait.until(ExpectedConditions.elementToBeClickable(COMPLETE)).click();
        wait.until(d -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
        assertThat(jdbc.queryForObject("select status from learning_claim where claim_number = ?", String.class, number))
                .isEqualTo("VERIFIED");
        assertThat(jdbc.queryForObject("select decided_by from learning_claim where claim_number = ?", String.class,
                number)).isEqualTo("siti");
    }
}
