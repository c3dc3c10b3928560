package id.kompeten.activity;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.security.HttpCalls;
import id.kompeten.security.HttpCalls.Reply;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An activity's steps as its people take them over HTTP, with authorizations on: HR start it through /api, each
 * task is submitted through Tasklist's endpoint as the user named (a queue task claimed first by HR), and the jobs
 * due (emails, timers) run after each step.
 */
final class ActivitySteps {

    final HttpCalls api;
    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;

    ActivitySteps(int port, ProcessEngine engine, JdbcTemplate jdbc) {
        this.api = new HttpCalls(port);
        this.engine = engine;
        this.jdbc = jdbc;
    }

    /** A day counted back from today (WIB): {@code day(-3)} is three days ahead. */
    static String day(int daysAgo) {
        return LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(daysAgo).toString();
    }

    /** HR (siti) start the activity; its process, with the jobs due run. */
    ProcessInstance started(Map<String, Object> activity) throws Exception {
        Reply started = api.as("siti", "POST", "/api/activities", activity);
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(started.body().get("activityNumber").asText()).singleResult();
        settle(instance, false);
        return instance;
    }

    void settle(ProcessInstance instance, boolean timers) {
        CaseDriver.runDue(engine, instance.getId(), timers);
    }

    Task openTask(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    /** Submits the open task's form as the user, typed as Tasklist sends it; an HR queue task is claimed first. */
    Reply submit(String user, ProcessInstance instance, Map<String, Object> answers) throws Exception {
        Task task = openTask(instance);
        if ("siti".equals(user) && task.getAssignee() == null) {
            assertThat(api.as("siti", "POST", "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", "siti"))
                    .status()).isEqualTo(204);
        }
        Map<String, Object> typed = new LinkedHashMap<>();
        answers.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        Reply reply = api.as(user, "POST", "/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", typed));
        settle(instance, false);
        return reply;
    }

    /** A form refused: 400 naming each field. */
    static void refused(Reply reply, String... fields) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.text()).contains(fields);
    }

    /** Who got the activity's emails of a kind. */
    List<String> emails(ProcessInstance instance, String kind) {
        return jdbc.queryForList("select recipient from email_message where topic = ? and kind = ?", String.class,
                instance.getBusinessKey(), kind);
    }

    /** The subjects of the activity's emails of a kind, to whom they went. */
    List<String> subjects(ProcessInstance instance, String kind) {
        return jdbc.queryForList("select recipient || ': ' || subject from email_message where topic = ? and kind = ?",
                String.class, instance.getBusinessKey(), kind);
    }

    java.math.BigDecimal jp(String kind) {
        return jdbc.queryForObject("select jp from jp_ledger_entry where kind = ?", java.math.BigDecimal.class, kind);
    }

    int ledgerRows() {
        return jdbc.queryForObject("select count(*) from jp_ledger_entry", Integer.class);
    }

    /** The activity as the user reads it over /api. */
    Reply read(String user, ProcessInstance instance) throws Exception {
        return api.as(user, "GET", "/api/activities/" + instance.getBusinessKey(), null);
    }
}
