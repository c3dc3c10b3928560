package id.kompeten.programme;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.demo.DemoData;
import id.kompeten.process.ProgrammeProcess;
import id.kompeten.security.HttpCalls;
import id.kompeten.system.Browsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
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
 * budi, head of the unit both participants work in, answers the programme's interview about his unit in Tasklist, in
 * Indonesian, as a head does: four statements and what changed. Screenshot in target/tasklist-unit-head-interview.png.
 */
@ExtendWith(Browsers.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnitHeadInterviewBrowserTests {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    ChromeDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theHeadOfTheUnitAnswersTheInterviewInTasklist() throws Exception {
        CaseDriver driver = new CaseDriver(engine, jdbc);
        driver.reset();
        ProgrammeScenario scenario = new ProgrammeScenario(engine, driver, new HttpCalls(port));
        List<String> numbers = scenario.create(List.of(DemoData.ANDI_NIP, DemoData.DEWI_NIP));
        scenario.completeAndisCase(numbers.get(0));
        scenario.closeDewisCaseWithoutNeed(numbers.get(1));
        Task asked = engine.getTaskService().createTaskQuery().processInstanceId(scenario.programme().getId())
                .taskDefinitionKey(ProgrammeProcess.TASK_INTERVIEW_UNIT_HEAD).singleResult();
        browser = Browsers.start("1400,1900");
        Browsers.openTask(browser, "http://localhost:" + port, "budi", asked.getId(), "");
        WebDriverWait wait = new WebDriverWait(browser, Browsers.BOUND);
        wait.until(d -> d.findElements(By.cssSelector(".fjs-form-field-radio")).size() == 4);
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(text).contains("Wawancara pimpinan unit", "Cara kerja tim di unit saya menjadi lebih baik sejak program ini",
                "Kepuasan masyarakat atau pengguna layanan unit saya meningkat", "4 — Setuju",
                "Perubahan yang Anda lihat pada tim").doesNotContain("Strongly");
        assertThat(browser.findElements(By.cssSelector(".fjs-form-field-textfield input")).stream()
                .map(f -> f.getAttribute("value")).toList()).contains("Sekretariat",
                "Pelatihan SPBE " + scenario.year + " (" + scenario.code + ")");
        for (WebElement radio : browser.findElements(By.cssSelector(".fjs-form-field-radio"))) {
            WebElement agree = radio.findElements(By.cssSelector("label")).stream()
                    .filter(l -> l.getText().strip().equals("4 — Setuju")).findFirst().orElseThrow();
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", agree);
            agree.click();
        }
        WebElement changes = browser.findElements(By.tagName("textarea")).get(0);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", changes);
        changes.sendKeys("Permohonan kini dilayani secara daring dalam satu hari");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "tasklist-unit-head-interview.png"), browser.getScreenshotAs(OutputType.BYTES));
        wait.until(ExpectedConditions.elementToBeClickable(Browsers.COMPLETE)).click();
        wait.until(d -> engine.getTaskService().createTaskQuery().taskId(asked.getId()).count() == 0);
        assertThat(jdbc.queryForObject("select team_work || report_quality || administration_speed || public_satisfaction"
                + " || ' ' || observed_changes || ' ' || head_username from unit_head_interview", String.class))
                .isEqualTo("4444 Permohonan kini dilayani secara daring dalam satu hari budi");
    }
}
