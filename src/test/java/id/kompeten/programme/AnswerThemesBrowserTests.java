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
import java.util.Map;
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
 * The report's review in Tasklist, in a real browser: siti sees each free-text answer of the programme with its
 * source (no name) and the configured themes as checkboxes, ticks one and publishes; her coding is in our table.
 * Screenshot in target/tasklist-review-themes.png; HR rewrite a section and add a finding of their own too.
 */
@ExtendWith(Browsers.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AnswerThemesBrowserTests {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    ChromeDriver browser;
    ProgrammeScenario scenario;

    @BeforeEach
    void start() throws Exception {
        CaseDriver driver = new CaseDriver(engine, jdbc);
        driver.reset();
        HttpCalls api = new HttpCalls(port);
        scenario = new ProgrammeScenario(engine, driver, api);
        List<String> numbers = scenario.create(List.of(DemoData.ANDI_NIP, DemoData.DEWI_NIP));
        scenario.completeAndisCase(numbers.get(0));
        scenario.closeDewisCaseWithoutNeed(numbers.get(1));
        scenario.unitHeadsAnswer();
        browser = Browsers.start("1400,2400");
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void hrTickAnAnswersThemeInTheReviewAndPublish() throws Exception {
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(scenario.programme().getId())
                .taskDefinitionKey(ProgrammeProcess.TASK_REVIEW_REPORT).singleResult();
        assertThat(new HttpCalls(port).as("siti", "POST", "/engine-rest/task/" + review.getId() + "/claim",
                Map.of("userId", "siti")).status()).isEqualTo(204);
        // the head's obstacles were coded in an earlier review: the row sits behind "show all" and must keep its coding
        long obstacles = jdbc.queryForObject("select id from unit_head_interview", Long.class);
        jdbc.update("insert into answer_theme (source, answer_id, case_number, theme, coded_by, coded_at)"
                + " values ('UNIT_HEAD_OBSTACLES', ?, null, 'ANGGARAN', 'siti', current_timestamp)", obstacles);
        Browsers.openTask(browser, "http://localhost:" + port, "siti", review.getId(), "");
        WebDriverWait wait = new WebDriverWait(browser, Browsers.BOUND);
        // six answers: the first five shown, the rest behind form-js's "show all", in Indonesian
        wait.until(d -> d.findElements(By.cssSelector(".fjs-form-field-checklist")).size() == 5);
        wait.until(d -> d.findElement(By.cssSelector(".fjs-repeat-render-collapse")).getText().strip()
                .equals("Tampilkan semua (6)"));
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(text).contains("Jawaban terbuka dan temanya", "Sarana dan teknologi · Facilities and technology",
                "Dukungan pimpinan · Leadership support");
        // the answers and their sources are read-only fields: their values, never a writer's name
        List<String> shown = browser.findElements(By.cssSelector(".fjs-form-field-textfield input, textarea")).stream()
                .map(f -> f.getAttribute("value")).toList();
        assertThat(shown).contains("Menerapkan layanan daring di loket dalam 90 hari")
                .anySatisfy(v -> assertThat(v).startsWith("Peserta · Sekretariat · "))
                .noneSatisfy(v -> assertThat(v).contains("Andi Pratama"));
        // the first answer's "Sarana dan teknologi"
        WebElement first = browser.findElements(By.cssSelector(".fjs-form-field-checklist")).get(0);
        first.findElements(By.cssSelector("label")).stream().filter(l -> l.getText().startsWith("Sarana dan teknologi"))
                .findFirst().orElseThrow().click();
        // HR rewrite the results section and add a strength of their own, resting on the attendance figure
        WebElement results = field("Bagian 4. Hasil").findElement(By.tagName("textarea"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", results);
        results.clear();
        results.sendKeys("Semua peserta hadir dan mulai melayani secara daring.");
        WebElement add = browser.findElement(By.cssSelector(".fjs-repeat-render-add"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", add);
        add.click();
        wait.until(d -> !d.findElements(By.cssSelector(".fjs-form-field-select")).isEmpty());
        pick(field("Jenis temuan"), "Kekuatan");
        pick(field("Bukti (angka atau tema)"), "Tingkat kehadiran: 100%");
        field("Temuan").findElement(By.tagName("textarea")).sendKeys("Kehadiran penuh di semua sesi");
        WebElement publish = browser.findElements(By.cssSelector(".fjs-form-field-radio label")).stream()
                .filter(l -> l.getText().strip().startsWith("Terbitkan")).findFirst().orElseThrow();
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", publish); // below Tasklist's footer
        publish.click();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "tasklist-review-themes.png"), browser.getScreenshotAs(OutputType.BYTES));
        wait.until(ExpectedConditions.elementToBeClickable(Browsers.COMPLETE)).click();
        wait.until(d -> engine.getTaskService().createTaskQuery().taskId(review.getId()).count() == 0);
        // what she ticked; the answer behind "show all" is not sent, so its earlier coding stays as it was
        assertThat(jdbc.queryForList("select source || ' ' || theme || ' ' || coded_by from answer_theme order by source",
                String.class)).containsExactly("DEVELOPMENT_GOAL SARANA_TEKNOLOGI siti", "UNIT_HEAD_OBSTACLES ANGGARAN siti");
        // the published version counts the theme she coded in this review
        assertThat(jdbc.queryForObject("select report_json from programme_report where published_at is not null",
                String.class)).contains("\"theme\":\"SARANA_TEKNOLOGI\",\"name\":{\"id\":\"Sarana dan teknologi\"");
        // only the section she changed is hers; her finding with its evidence
        assertThat(jdbc.queryForList("select section || ': ' || body || ' (' || written_by || ')' from programme_report_text",
                String.class)).containsExactly("hasil: Semua peserta hadir dan mulai melayani secara daring. (siti)");
        assertThat(jdbc.queryForList("select kind || ' ' || evidence || ' ' || finding from programme_report_finding",
                String.class)).containsExactly("STRENGTH attendanceRate Kehadiran penuh di semua sesi");
    }

    /** The form field whose label starts so (its label exactly, where another starts the same). */
    WebElement field(String label) {
        return browser.findElements(By.cssSelector(".fjs-form-field")).stream()
                .filter(f -> !f.findElements(By.cssSelector(":scope > label")).isEmpty())
                .filter(f -> {
                    String text = f.findElement(By.cssSelector(":scope > label")).getText().replace("*", "").strip();
                    return label.equals("Temuan") ? text.equals(label) : text.startsWith(label);
                }).findFirst().orElseThrow(() -> new AssertionError("no field " + label));
    }

    /** Opens a select and chooses the option so named, as a user does. */
    void pick(WebElement select, String option) {
        WebElement input = select.findElement(By.cssSelector(".fjs-input-group"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        new WebDriverWait(browser, Browsers.BOUND).until(d -> !select.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty());
        WebElement item = select.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                .filter(i -> i.getText().strip().equals(option)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + option));
        // the list opens over the fields below it, which Chrome's hit test gives the click to: form-js chooses on mousedown
        browser.executeScript("arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));", item);
    }
}
