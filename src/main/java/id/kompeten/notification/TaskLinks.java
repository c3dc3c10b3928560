package id.kompeten.notification;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The link in an email: {@code /tugas/<case>/<task>} opens the case's (or claim's) open task of that step in Tasklist.
 * An email is sent before its task exists, so the link names the step, and this finds the task when clicked;
 * a task already done opens Tasklist's list instead. {@code ?lang=} opens Tasklist in the reader's language.
 * The link is public (the reader may not be logged in yet; Tasklist asks), so it carries a signature
 * (HMAC-SHA256 with {@code kompeten.mail.link-secret}): without it, nothing is looked up and the answer is 404.
 */
@Controller
class TaskLinks {

    private static final Logger log = LoggerFactory.getLogger(TaskLinks.class);
    static final String TASKLIST = "/camunda/app/tasklist/default/";
    /**
     * The business keys of processes with tasks: a case (KMP-...), a claim of learning (KLM-...), an activity
     * (AKT-...), an agency's annual plan (RPK-...).
     */
    private static final Pattern CASE_NUMBER = Pattern.compile("(KMP|KLM|AKT|RPK)-\\d{4}-\\d{6}");
    private static final Pattern TASK_KEY = Pattern.compile("Task_[A-Za-z]{1,60}");

    private final TaskService tasks;
    private final String baseUrl;
    private final SecretKeySpec key;

    TaskLinks(TaskService tasks, MailSettings mail) {
        this.tasks = tasks;
        this.baseUrl = mail.baseUrl();
        byte[] secret = mail.linkSecret() == null ? new byte[0]
                : mail.linkSecret().getBytes(StandardCharsets.UTF_8);
        if (secret.length == 0) {
            // links then work until the next start of this node only
            log.warn("kompeten.mail.link-secret is not set: email task links signed with a random key of this run");
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    static boolean isBusinessKey(String key) {
        return key != null && CASE_NUMBER.matcher(key).matches();
    }

    /** The link for a reader of the given language: Tasklist opens in it (see tasklist/scripts/config.js). */
    String link(String caseNumber, String taskKey, Locale locale) {
        return baseUrl + "/tugas/" + caseNumber + "/" + taskKey + "?lang="
                + (locale.getLanguage().equals("en") ? "en" : "id") + "&sig=" + signature(caseNumber, taskKey);
    }

    @GetMapping("/tugas/{caseNumber}/{taskKey}")
    ResponseEntity<Void> open(@PathVariable String caseNumber, @PathVariable String taskKey,
                              @RequestParam(defaultValue = "id") String lang,
                              @RequestParam(defaultValue = "") String sig) {
        if (!CASE_NUMBER.matcher(caseNumber).matches() || !TASK_KEY.matcher(taskKey).matches()
                || !MessageDigest.isEqual(signature(caseNumber, taskKey).getBytes(StandardCharsets.US_ASCII),
                sig.getBytes(StandardCharsets.US_ASCII))) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        String tasklist = TASKLIST + "?lang=" + (lang.equals("en") ? "en" : "id");
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey)
                .active().orderByTaskCreateTime().desc().listPage(0, 1).stream().findFirst()
                .map(org.camunda.bpm.engine.task.Task::getId).orElse(null);
        String target = taskId == null ? tasklist + "#/" : tasklist + "#/?task=" + taskId;
        return ResponseEntity.status(HttpStatus.FOUND).header("Location", target).build();
    }

    private String signature(String caseNumber, String taskKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((caseNumber + "/" + taskKey).getBytes(StandardCharsets.UTF_8)),
                    0, 16);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
