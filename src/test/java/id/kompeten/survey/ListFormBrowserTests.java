package id.kompeten.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.process.CaseProcess;
import id.kompeten.system.Browsers;
import id.kompeten.demo.DemoData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * A form with a repeating list (the needs survey's rows of competencies) completed in Tasklist in a real browser
 * (Debian's Chromium and ChromeDriver, as {@code ReportPageBrowserTests}): "Selesaikan" enables once the ratings
 * and the other required fields are filled, and clicking it completes the task with the rows' codes and ratings.
 * Tasklist keeps that button disabled while form-js reports an error entry, and form-js leaves an empty one for
 * every field of a list row (tasklist/scripts/form-list-errors.js). Screenshot in target/needs-survey-form.png.
 */
@ExtendWith(Browsers.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ListFormBrowserTests {

    private static final By COMPLETE = By.cssSelector("button.btn-primary[ng-click='complete()']");

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    @Autowired CompetencyRatingRepository ratings;
    @Autowired NeedsSurveyRepository surveys;
    ChromeDriver browser;
    ProcessInstance instance;

    @BeforeEach
    void start() {
        CaseDriver driver = new CaseDriver(engine, jdbc);
        driver.reset();
        instance = driver.open(cases, DemoData.ANDI_NIP);

        browser = Browsers.start("1400,1600");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void participantCompletesTheNeedsSurveyWithItsListInTasklist() throws Exception {
        Task survey = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(CaseProcess.TASK_FILL_NEEDS_SURVEY).singleResult();
        String base = "http://localhost:" + port;
        WebDriverWait wait = new WebDriverWait(browser, Browsers.BOUND);
        Browsers.logInToTasklist(browser, base, "andi");

        browser.get(base + "/camunda/app/tasklist/default/#/?task=" + survey.getId());
        // one rating dropdown per competency of his position: M-KOM, SK-PB, T-LPE
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".fjs-form-field-select"), 3));
        List<WebElement> selects = browser.findElements(By.cssSelector(".fjs-form-field-select"));
        for (WebElement select : selects) {
            select.findElement(By.cssSelector(".fjs-input-group")).click();
            // the 3rd option, "3 — Menerapkan"
            wait.until(d -> select.findElements(By.cssSelector(".fjs-dropdownlist-item")).size() == 5);
            select.findElements(By.cssSelector(".fjs-dropdownlist-item")).get(2).click();
            wait.until(d -> select.findElement(By.cssSelector(".fjs-select-display")).getText().startsWith("3"));
        }
        browser.findElement(By.cssSelector("textarea.fjs-textarea")).sendKeys("Menyusun layanan SPBE secara mandiri.");
        // the third mode, "Blended (gabungan)"
        browser.findElements(By.cssSelector(".fjs-form-field-radio input[type='radio']")).get(2).click();

        WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(COMPLETE));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "needs-survey-form.png"), browser.getScreenshotAs(OutputType.BYTES));
        complete.click();

        wait.until(d -> engine.getTaskService().createTaskQuery().taskId(survey.getId()).count() == 0);
        assertThat(surveys.findByCaseNumber(instance.getBusinessKey())).singleElement()
                .extracting(NeedsSurvey::getPreferredMode).isEqualTo("BLENDED");
        assertThat(ratings.findAll()).filteredOn(r -> r.getSource() == RatingSource.SELF)
                .extracting(CompetencyRating::getCompetencyCode, CompetencyRating::getRating)
                .containsExactlyInAnyOrder(tuple("M-KOM", 3), tuple("SK-PB", 3), tuple("T-LPE", 3));
    }
}
