package id.kompeten.system;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;

/**
 * The real browser of the browser tests: Debian's Chromium through its ChromeDriver (.ci/run installs both).
 * Without them a test class with this extension is skipped with one line naming the install command, before
 * Spring's context starts, except in CI (CI=true), where it fails. The paths can be set with
 * -Dkompeten.test.chromium and -Dkompeten.test.chromedriver. Every wait is on a condition, bounded by
 * {@link #BOUND}, which only keeps a broken browser from hanging the build.
 */
public final class Browsers implements ExecutionCondition, BeforeAllCallback {

    public static final Path CHROMIUM = Path.of(System.getProperty("kompeten.test.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("kompeten.test.chromedriver", "/usr/bin/chromedriver"));
    public static final String INSTALL = "apt-get install chromium chromium-driver";
    public static final Duration BOUND = Duration.ofMinutes(2);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<String> missing = missing();
        if (missing.isEmpty() || ci()) {
            return ConditionEvaluationResult.enabled("Chromium and ChromeDriver present, or CI");
        }
        String line = context.getDisplayName() + " skipped: no " + String.join(", no ", missing) + "; to run it: " + INSTALL;
        LoggerFactory.getLogger(Browsers.class).warn(line);
        return ConditionEvaluationResult.disabled(line);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!missing().isEmpty()) {
            fail("CI=true and the browser is missing (" + String.join(", ", missing()) + "): " + INSTALL
                    + " (.ci/run does)");
        }
    }

    static List<String> missing() {
        return Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).map(Path::toString).toList();
    }

    static boolean ci() {
        return "true".equals(System.getenv("CI"));
    }

    /** A headless Chromium, Indonesian and in WIB, with a window of this size ("1280,3400"). */
    public static ChromeDriver start(String windowSize) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=" + windowSize,
                "--lang=id");
        // the browser's clock in WIB, as its users' are: a date field's "today" is then the server's (WIB) day, also
        // between 17.00 and 24.00 UTC, when the machine's day is still the day before
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .withEnvironment(java.util.Map.of("TZ", "Asia/Jakarta"))
                .usingAnyFreePort().withTimeout(BOUND).build(), options);
    }

    /** Tasklist's button that completes the open task. */
    public static final By COMPLETE = By.cssSelector("button.btn-primary[ng-click='complete()']");

    /** Logs the demo user in and opens the task's form in Tasklist ({@code query}: "" or "?lang=en"), its button there. */
    public static void openTask(ChromeDriver browser, String base, String user, String taskId, String query) {
        logInToTasklist(browser, base, user);
        browser.get(base + "/camunda/app/tasklist/default/" + query + "#/?task=" + taskId);
        until(browser, "the task's form of " + user, () -> new WebDriverWait(browser, BOUND)
                .until(ExpectedConditions.presenceOfElementLocated(COMPLETE)));
    }

    /** Logs the demo user in to Tasklist (password "demo") and waits for the filters. */
    public static void logInToTasklist(ChromeDriver browser, String base, String user) {
        WebDriverWait wait = new WebDriverWait(browser, BOUND);
        browser.get(base + "/camunda/app/tasklist/default/");
        // typed until both fields hold what was typed: while Tasklist still builds its login form, keys meant for
        // the password can land in the username field, which has the focus (seen in CI: "andidemo")
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            var username = d.findElement(By.cssSelector("input[ng-model='username']"));
            var password = d.findElement(By.cssSelector("input[ng-model='password']"));
            if (!username.isDisplayed() || !password.isDisplayed()) {
                return false;
            }
            username.clear();
            username.sendKeys(user);
            password.clear();
            password.sendKeys("demo");
            return user.equals(username.getDomProperty("value")) && "demo".equals(password.getDomProperty("value"));
        });
        browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit'], button[type='submit']")).click();
        until(browser, "Tasklist's filters after the login of " + user, () -> wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-filters, [cam-tasklist-filters]"))));
    }

    /**
     * Waits as {@code wait} does; when it times out, says where the browser was and what it showed (a screenshot in
     * target/browser-failures), so that a failure in CI can be read without the browser.
     */
    static void until(ChromeDriver browser, String what, Runnable wait) {
        try {
            wait.run();
        } catch (org.openqa.selenium.TimeoutException e) {
            String shown;
            try {
                Path folder = Files.createDirectories(Path.of("target", "browser-failures"));
                Path shot = folder.resolve(System.currentTimeMillis() + ".png");
                Files.write(shot, browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                String text = browser.findElement(By.tagName("body")).getText();
                shown = browser.getCurrentUrl() + ", screenshot " + shot + ", text: "
                        + (text.length() > 600 ? text.substring(0, 600) : text);
            } catch (RuntimeException | java.io.IOException unreadable) {
                shown = "(the page could not be read: " + unreadable + ")";
            }
            throw new AssertionError("no " + what + " within " + BOUND + "; the browser at " + shown, e);
        }
    }
}
