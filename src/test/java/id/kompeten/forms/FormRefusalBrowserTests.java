package id.kompeten.forms;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.CaseVariables;
import id.kompeten.system.Browsers;
import id.kompeten.demo.DemoData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
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
import org.openqa.selenium.StaleElementReferenceException;
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
 * A task form's refusals in Tasklist, in a real browser (as {@code ListFormBrowserTests}): form-js's own messages
 * in Indonesian (English with ?lang=en), an early click on "Selesaikan" naming the missing fields, and a refusal
 * from the server shown with the field's label, under the field, in the reader's language
 * (tasklist/scripts/form-refusals.js). After an early click the filled form enables the button and completes.
 * Screenshots in target/tasklist-early-click.png, target/tasklist-refusal.png and target/tasklist-refusal-en.png.
 */
@ExtendWith(Browsers.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FormRefusalBrowserTests {

    private static final By COMPLETE = Browsers.COMPLETE;
    private static final By NOTIFICATION = By.cssSelector(".notifications .alert .message");
    /** form-js's English messages (its Validator) */
    private static final List<String> FORM_JS_ENGLISH = List.of("Field is required", "Field must", "Value is");

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    CaseDriver driver;
    ChromeDriver browser;
    WebDriverWait wait;
    ProcessInstance instance;

    @BeforeEach
    void start() {
        driver = new CaseDriver(engine, jdbc);
        driver.reset();
        instance = driver.open(cases, DemoData.ANDI_NIP);
        browser = Browsers.start("1400,1600");
        wait = new WebDriverWait(browser, Browsers.BOUND);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anEarlyClickNamesTheMissingFieldsInIndonesianAndTheFilledFormThenCompletes() throws Exception {
        Task survey = driver.task(instance, CaseProcess.TASK_FILL_NEEDS_SURVEY);
        open("andi", survey, "");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".fjs-form-field-select"), 3));

        browser.findElement(COMPLETE).click();
        assertThat(notification("Wajib diisi.")).isEqualTo("""
                Level saya saat ini (baris 1): Wajib diisi.
                Level saya saat ini (baris 2): Wajib diisi.
                Level saya saat ini (baris 3): Wajib diisi.
                Tujuan pengembangan diri tahun ini: Wajib diisi.
                Bentuk pelatihan yang Anda sukai: Wajib diisi.""");
        assertThat(fieldErrors()).hasSize(5).containsOnly("Wajib diisi.");
        assertThat(browser.findElement(COMPLETE).isEnabled()).isFalse();
        assertNoFormJsEnglish();
        screenshot("tasklist-early-click.png");

        // as ListFormBrowserTests fills it: the radio right after typing, where form-js used to commit the text on
        // the radio's click, its "Wajib diisi." went, the radio moved up and the click missed it
        for (WebElement select : browser.findElements(By.cssSelector(".fjs-form-field-select"))) {
            select.findElement(By.cssSelector(".fjs-input-group")).click();
            wait.until(d -> select.findElements(By.cssSelector(".fjs-dropdownlist-item")).size() == 5);
            select.findElements(By.cssSelector(".fjs-dropdownlist-item")).get(2).click();
            wait.until(d -> select.findElement(By.cssSelector(".fjs-select-display")).getText().startsWith("3"));
            // the notification told the form as it was: it goes with the first change (it covered the button)
            assertThat(browser.findElements(NOTIFICATION)).isEmpty();
        }
        browser.findElement(By.cssSelector("textarea.fjs-textarea")).sendKeys("Menyusun layanan SPBE secara mandiri.");
        WebElement blended = browser.findElements(By.cssSelector(".fjs-form-field-radio input[type='radio']")).get(2);
        blended.click();
        assertThat(blended.isSelected()).isTrue();
        assertThat(fieldErrors()).isEmpty();

        wait.until(ExpectedConditions.elementToBeClickable(COMPLETE)).click();
        wait.until(d -> engine.getTaskService().createTaskQuery().taskId(survey.getId()).count() == 0);
        assertThat(jdbc.queryForObject("select preferred_mode from needs_survey where case_number = ?", String.class,
                instance.getBusinessKey())).isEqualTo("BLENDED");
    }

    @Test
    void aRefusalOfTheServerNamesTheFieldByItsLabelAndMarksItUntilItIsChanged() throws Exception {
        Task results = atRecordTrainingResults();
        int sessionMinutes = sessionMinutes();
        // as the server's Indonesian message prints it ("1.080")
        String minutes = new MessageFormat("{0}", Locale.forLanguageTag("id")).format(new Object[] {sessionMinutes});
        open("siti", results, "");
        List<WebElement> numbers = attendedWith("100000", "40", "150");

        // form-js's own rule (the form's max), in Indonesian
        assertThat(fieldErrors()).containsExactly("Nilai paling besar 100.");
        retype(numbers.get(2), "70");
        assertThat(fieldErrors()).isEmpty();

        // the server's rule, which the form cannot know: the minutes exceed the session's length
        wait.until(ExpectedConditions.elementToBeClickable(COMPLETE)).click();
        assertThat(notification("melebihi")).isEqualTo("Menit kehadiran: melebihi durasi sesi (" + minutes + " menit)");
        assertThat(browser.findElement(By.cssSelector(".notifications .alert .status")).getText())
                .isEqualTo("Tugas belum dapat diselesaikan");
        assertThat(fieldErrors()).containsExactly("Melebihi durasi sesi (" + minutes + " menit).");
        assertThat(browser.findElement(By.cssSelector(".fjs-form-field-number .fjs-form-field-error"))
                .findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field-number')]//label")).getText())
                .isEqualTo("Menit kehadiran");
        assertThat(browser.findElement(COMPLETE).isEnabled()).isFalse();
        assertThat(engine.getTaskService().createTaskQuery().taskId(results.getId()).count()).isEqualTo(1);
        assertNoFormJsEnglish();
        screenshot("tasklist-refusal.png");

        retype(numbers.get(0), String.valueOf(sessionMinutes));
        assertThat(fieldErrors()).isEmpty();
        assertThat(browser.findElements(NOTIFICATION)).isEmpty();
        wait.until(ExpectedConditions.elementToBeClickable(COMPLETE)).click();
        wait.until(d -> engine.getTaskService().createTaskQuery().taskId(results.getId()).count() == 0);
        assertThat(jdbc.queryForObject("select attended_minutes from enrollment where case_number = ?", Integer.class,
                instance.getBusinessKey())).isEqualTo(sessionMinutes);
    }

    @Test
    void withLangEnFormJsAndTheServerSpeakEnglish() throws Exception {
        Task results = atRecordTrainingResults();
        int sessionMinutes = sessionMinutes();
        String minutes = new MessageFormat("{0}", Locale.ENGLISH).format(new Object[] {sessionMinutes});
        open("siti", results, "?lang=en");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".fjs-form-field-radio input[type='radio']"), 2));

        browser.findElement(COMPLETE).click();
        // the form's own labels in English too (language.TasklistInEnglish)
        assertThat(notification("required")).isEqualTo("Did the participant attend?: This field is required.");
        assertThat(fieldErrors()).containsExactly("This field is required.");

        attendedWith("100000", "40", "70");
        wait.until(ExpectedConditions.elementToBeClickable(COMPLETE)).click();
        assertThat(notification("exceeds")).isEqualTo("Minutes attended: exceeds the session's length (" + minutes + " minutes)");
        assertThat(fieldErrors()).containsExactly("Exceeds the session's length (" + minutes + " minutes).");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Wajib diisi", "melebihi", "Menit kehadiran", "Apakah peserta");
        screenshot("tasklist-refusal-en.png");
    }

    private void open(String user, Task task, String query) {
        Browsers.openTask(browser, "http://localhost:" + port, user, task.getId(), query);
    }

    /** andi's case at siti's "Catat kehadiran dan nilai tes", claimed by her: his SPBE session has ended */
    private Task atRecordTrainingResults() {
        driver.surveyAndiNeedingSpbe(instance);
        driver.complete(instance, CaseProcess.TASK_SCHEDULE_TRAINING, "siti", CaseDriver.vars(
                CaseVariables.TRAINING_SESSION_ID, driver.offeredSession(instance, "Layanan Publik Berbasis Elektronik")));
        driver.runJob(instance);
        Task results = driver.task(instance, CaseProcess.TASK_RECORD_TRAINING_RESULTS);
        engine.getTaskService().claim(results.getId(), "siti");
        return results;
    }

    private int sessionMinutes() {
        return jdbc.queryForObject("select s.minutes from enrollment e join training_session s on s.id = e.session_id "
                + "where e.case_number = ?", Integer.class, instance.getBusinessKey());
    }

    /** "Ya, hadir", then the attended minutes and the pre- and post-test scores */
    private List<WebElement> attendedWith(String attendedMinutes, String pre, String post) {
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".fjs-form-field-radio input[type='radio']"), 2));
        browser.findElements(By.cssSelector(".fjs-form-field-radio input[type='radio']")).get(0).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".fjs-form-field-number input"), 3));
        List<WebElement> numbers = browser.findElements(By.cssSelector(".fjs-form-field-number input"));
        numbers.get(0).sendKeys(attendedMinutes);
        numbers.get(1).sendKeys(pre);
        numbers.get(2).sendKeys(post);
        return numbers;
    }

    private static void retype(WebElement input, String value) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, value);
    }

    /** the text of Tasklist's notification once it holds the word */
    private String notification(String word) {
        // Tasklist replaces its notification when the next one comes
        return wait.ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> shown = d.findElements(NOTIFICATION);
            return !shown.isEmpty() && shown.get(0).getText().contains(word) ? shown.get(0).getText() : null;
        });
    }

    private List<String> fieldErrors() {
        return browser.findElements(By.cssSelector(".fjs-form-field-error")).stream().map(WebElement::getText).toList();
    }

    private void assertNoFormJsEnglish() {
        String page = browser.findElement(By.tagName("body")).getText();
        FORM_JS_ENGLISH.forEach(english -> assertThat(page).doesNotContain(english));
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
