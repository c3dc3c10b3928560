package id.kompeten.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.forms.FieldError;
import id.kompeten.forms.FieldRule;
import id.kompeten.forms.FormMessages;
import id.kompeten.forms.FormSpec;
import id.kompeten.forms.TaskFormListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A task takes its form and nothing else: a completion ({@code complete}, {@code submit-form}) may set exactly
 * the fields of the task's form. Any other variable is refused, naming it, and the case does not move; a
 * read-only field (the employee's name, a summary) may come back only as it was shown. Claiming is for
 * oneself, and only a queue task (one offered to a group) is given back to the queue.
 */
@Component
class TaskCompletionCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskFormListener forms;
    private final FormMessages messages;

    TaskCompletionCheck(@Lazy TaskFormListener forms, FormMessages messages) {
        this.forms = forms;
        this.messages = messages;
    }

    /** The refused variables of a completion, each described; empty when it may go on. */
    List<String> refused(ProcessEngine engine, EngineApiCall call, String taskId, String body) {
        if (body == null) {
            return List.of(messages.describe(new FieldError("variables", "form.body.tooLarge")));
        }
        JsonNode variables = parse(body).path("variables");
        if (!variables.isObject() || variables.isEmpty()) {
            return List.of(); // nothing set, or malformed: Camunda answers the latter with 400 itself
        }
        Task task = AsCaller.query(engine, call, () -> engine.getTaskService().createTaskQuery().taskId(taskId)
                .initializeFormKeys().singleResult());
        if (task == null) {
            return List.of();
        }
        String formId = task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey();
        FormSpec spec = formId == null ? null : forms.specs().get(formId);
        List<String> refused = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            String name = variable.getKey();
            FieldRule field = spec == null ? null : spec.field(name).orElse(null);
            if (field == null) {
                refused.add(messages.describe(new FieldError(name, "form.field.unknown")));
            } else if (field.kind() == FieldRule.Kind.DISPLAY && !unchanged(engine, call, taskId, name, variable.getValue())) {
                refused.add(messages.describe(new FieldError(name, "form.field.readOnly")));
            }
        }
        return refused;
    }

    /** A claim names the user who gets the task: only oneself. */
    boolean claimsForSelf(ProcessEngine engine, EngineApiCall call, String taskId, String body) {
        return body != null && call.user().equals(parse(body).path("userId").asText(null));
    }

    /** Only a task offered to a group goes back to its queue; a personal task would be nobody's. */
    boolean isQueueTask(ProcessEngine engine, EngineApiCall call, String taskId) {
        return AsCaller.query(engine, call, () -> engine.getTaskService().getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())));
    }

    private static boolean unchanged(ProcessEngine engine, EngineApiCall call, String taskId, String name, JsonNode sent) {
        Object shown = AsCaller.query(engine, call, () -> engine.getTaskService().getVariable(taskId, name));
        JsonNode value = sent.path("value");
        String text = value.isMissingNode() || value.isNull() ? null : value.asText();
        return Objects.equals(text == null || text.isEmpty() ? null : text,
                shown == null || shown.toString().isEmpty() ? null : shown.toString());
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? JSON.createObjectNode() : node;
        } catch (IOException malformed) {
            return JSON.createObjectNode();
        }
    }
}
