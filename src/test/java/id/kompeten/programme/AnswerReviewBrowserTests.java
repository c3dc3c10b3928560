package id.kompeten.programme;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.demo.DemoData;
import id.kompeten.process.AnswerReviewProcess;
import id.kompeten.security.HttpCalls;
import id.kompeten.system.Browsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
 * siti codes the agency's answers outside its programmes in Tasklist, in Indonesian: andi's development goal, its
 * theme ticked. Screenshot in target/tasklist-code-agency-answers.png.
 */
@ExtendWith(Browsers.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AnswerReviewBrowserTests {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    ChromeDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void hrTickTheThemesOfTheAgencysAnswersInTasklist() throws Exception {
        CaseDriver driver = new CaseDriver(engine, jdbc);
        driver.reset();
        ProcessInstance andi = driver.open(cases, DemoData.ANDI_NIP);
        driver.surveyAndiNeedingSpbe(andi);
        HttpCalls api = new HttpCalls(port);
        assertThat(api.as("siti", "POST", "/api/answer-reviews", Map.of("agency", DemoData.AGENCY,
                "year", Year.now().getValue())).status()).isEqualTo(201);
        Task task = engine.getTaskService().createTaskQuery().processDefinitionKey(AnswerReviewProcess.PROCESS_ID)
                .singleResult();
        api.as("siti", "POST", "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", "siti"));
        browser = Browsers.start("1400,1500");
        Browsers.openTask(browser, "http://localhost:" + port, "siti", task.getId(), "");
        WebDriverWait wait = new WebDriverWait(browser, Browsers.BOUND);
        wait.until(d -> d.findElements(By.cssSelector(".fjs-form-field-checklist")).size() == 1);
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(text).contains("Tema jawaban terbuka instansi", "Jawaban terbuka dan temanya",
                "Motivasi · Motivation", "Tandai tema jawaban terbuka instansi");
        browser.findElements(By.cssSelector(".fjs-form-field-checklist label")).stream()
                .filter(l -> l.getText().startsWith("Relevansi materi")).findFirst().orElseThrow().click();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "tasklist-code-agency-answers.png"), browser.getScreenshotAs(OutputType.BYTES));
        wait.until(ExpectedConditions.elementToBeClickable(Browsers.COMPLETE)).click();
        wait.until(d -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
        assertThat(jdbc.queryForList("select source || ' ' || theme || ' ' || coded_by from answer_theme", String.class))
                .containsExactly("DEVELOPMENT_GOAL RELEVANSI siti");
    }
}
