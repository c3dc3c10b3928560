package id.kompeten.notification;

import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The link in an email: {@code /tugas/<case>/<task>} opens the case's open task of that step in Tasklist.
 * An email is sent before its task exists, so the link names the step, and this finds the task when clicked;
 * a task already done opens Tasklist's list instead. {@code ?lang=} opens Tasklist in the reader's language.
 */
@Controller
class TaskLinks {

    static final String TASKLIST = "/camunda/app/tasklist/default/";
    private static final Pattern CASE_NUMBER = Pattern.compile("KMP-\\d{4}-\\d{6}");
    private static final Pattern TASK_KEY = Pattern.compile("Task_[A-Za-z]{1,60}");

    private final TaskService tasks;

    TaskLinks(TaskService tasks) {
        this.tasks = tasks;
    }

    /** The link for a reader of the given language: Tasklist opens in it (see tasklist/scripts/config.js). */
    static String link(String baseUrl, String caseNumber, String taskKey, Locale locale) {
        return baseUrl.replaceAll("/+$", "") + "/tugas/" + caseNumber + "/" + taskKey + "?lang="
                + (locale.getLanguage().equals("en") ? "en" : "id");
    }

    @GetMapping("/tugas/{caseNumber}/{taskKey}")
    ResponseEntity<Void> open(@PathVariable String caseNumber, @PathVariable String taskKey,
                              @RequestParam(defaultValue = "id") String lang) {
        if (!CASE_NUMBER.matcher(caseNumber).matches() || !TASK_KEY.matcher(taskKey).matches()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        String tasklist = TASKLIST + "?lang=" + (lang.equals("en") ? "en" : "id");
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey)
                .active().orderByTaskCreateTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
        String target = task == null ? tasklist + "#/" : tasklist + "#/?task=" + task.getId();
        return ResponseEntity.status(HttpStatus.FOUND).header("Location", target).build();
    }
}
