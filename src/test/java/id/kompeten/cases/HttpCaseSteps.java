package id.kompeten.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.security.HttpCalls;
import id.kompeten.security.HttpCalls.Reply;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A case's steps over HTTP as the demo users take them: finding a task, completing it, running the case's jobs. */
public class HttpCaseSteps {

    private final HttpCalls api;
    private final ObjectMapper json = new ObjectMapper();

    public HttpCaseSteps(int port) {
        this.api = new HttpCalls(port);
    }

    public Reply call(String user, String method, String path, Object body) throws IOException, InterruptedException {
        return api.as(user, method, path, body);
    }

    /** The one open task of that step of the case (by its business key), as the user sees it. */
    public String task(String user, String businessKey, String taskKey) throws Exception {
        Reply tasks = call(user, "GET", "/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + businessKey
                + "&taskDefinitionKey=" + taskKey, null);
        assertThat(tasks.status()).isEqualTo(200);
        assertThat(tasks.body()).as("task %s", taskKey).hasSize(1);
        return tasks.body().get(0).get("id").asText();
    }

    /** Completes the task with the answers (a list as JSON), as /engine-rest's complete. */
    public Reply complete(String user, String taskId, Map<String, Object> variables) throws Exception {
        Map<String, Object> typed = new LinkedHashMap<>();
        for (Map.Entry<String, Object> variable : variables.entrySet()) {
            typed.put(variable.getKey(), variable.getValue() instanceof List<?> rows
                    ? Map.of("type", "Json", "value", json.writeValueAsString(rows)) : Map.of("value", variable.getValue()));
        }
        return call(user, "POST", "/engine-rest/task/" + taskId + "/complete", Map.of("variables", typed));
    }

    /** The process instance of a business key, as the administrator finds it. */
    public String instance(String businessKey) throws Exception {
        return call("admin", "GET", "/engine-rest/process-instance?maxResults=10&businessKey=" + businessKey, null)
                .body().get(0).get("id").asText();
    }

    /** Runs every job of the instance (email sends, the join, timers whatever their due) except reminder timers. */
    public void runJobs(String processInstanceId) throws Exception {
        for (int executed = 0; executed < 100; executed++) {
            JsonNode next = null;
            for (JsonNode job : call("admin", "GET", "/engine-rest/job?maxResults=50&processInstanceId=" + processInstanceId, null).body()) {
                String activity = call("admin", "GET", "/engine-rest/job-definition/" + job.get("jobDefinitionId").asText(), null)
                        .body().get("activityId").asText();
                if (!activity.matches("BoundaryEvent_\\w+(Reminder|Escalation)")) {
                    next = job;
                    break;
                }
            }
            if (next == null) {
                return;
            }
            assertThat(call("admin", "POST", "/engine-rest/job/" + next.get("id").asText() + "/execute", null).status())
                    .isEqualTo(204);
        }
        throw new AssertionError("the instance keeps making jobs");
    }

    /**
     * The development plan over HTTP as most cases make it: the employee proposes a scheduled course for every
     * competency to develop (20 JP, no cost, within the year), the supervisor approves it as proposed; each reads the
     * lines from the task's form as Tasklist does.
     */
    public void planCourses(String caseNumber, String employee, String supervisor) throws Exception {
        String instance = instance(caseNumber);
        runJobs(instance);
        String propose = task(employee, caseNumber, "Task_ProposeDevelopmentPlan");
        String[] codes = planLines(employee, propose).stream().map(line -> (String) line.get("competencyCode"))
                .toArray(String[]::new);
        assertThat(complete(employee, propose, Map.of("planLines", CaseDriver.courseLines(false, codes))).status())
                .isEqualTo(204);
        runJobs(instance);
        String approve = task(supervisor, caseNumber, "Task_ApproveDevelopmentPlan");
        assertThat(complete(supervisor, approve, Map.of("planLines", planLines(supervisor, approve))).status())
                .isEqualTo(204);
        runJobs(instance);
    }

    /** A plan task's lines, as its form shows them to the user. */
    public List<Map<String, Object>> planLines(String user, String taskId) throws Exception {
        Reply variables = call(user, "GET", "/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false", null);
        assertThat(variables.status()).isEqualTo(200);
        return json.readValue(variables.body().get("planLines").get("value").asText(),
                new com.fasterxml.jackson.core.type.TypeReference<>() {});
    }

    public static List<Map<String, Object>> rows(Map<String, Object> byCompetency) {
        List<Map<String, Object>> rows = new ArrayList<>();
        byCompetency.forEach((code, rating) -> rows.add(Map.of("competencyCode", code, "rating", rating)));
        return rows;
    }

    public JsonNode read(String text) throws IOException {
        return json.readTree(text);
    }
}
