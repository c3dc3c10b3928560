package id.kompeten.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.forms.FieldError;
import id.kompeten.forms.FormMessages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * The guard's checks of task changes by non-administrators: a completion's body must be one this check can read,
 * with plain values only; claiming is for oneself, and only a queue task (one offered to a group) is given
 * back to the queue.
 */
@Component
class TaskCompletionCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FormMessages messages;

    TaskCompletionCheck(FormMessages messages) {
        this.messages = messages;
    }

    /** Value types a form field may take over REST; files, bytes, XML, dates and Java objects are none of them. */
    static final Set<String> PLAIN_TYPES = Set.of("string", "integer", "long", "short", "double", "boolean", "json",
            "null");

    /**
     * The first check of a completion, before Camunda reads it: a body this check cannot read is refused (so no
     * other encoding slips past it), and so is a value of a type no form field takes, naming the variable. Which
     * variables a task takes is the engine's check ({@code forms.FormOnlyCompletions}), for every channel.
     */
    List<String> refused(byte[] body) {
        if (body == null) {
            return List.of(messages.describe(new FieldError("variables", "form.body.tooLarge")));
        }
        JsonNode parsed = parse(body);
        if (parsed == null || !parsed.isObject()) {
            return List.of(messages.describe(new FieldError("body", "api.body.unreadable")));
        }
        JsonNode variables = parsed.path("variables");
        if (variables.isMissingNode() || variables.isNull()) {
            return List.of();
        }
        if (!variables.isObject()) {
            return List.of(messages.describe(new FieldError("variables", "api.body.unreadable")));
        }
        List<String> refused = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            JsonNode type = variable.getValue().path("type");
            if (!variable.getValue().isObject() || (!type.isMissingNode() && !type.isNull()
                    && !PLAIN_TYPES.contains(type.asText().toLowerCase(java.util.Locale.ROOT)))) {
                refused.add(messages.describe(new FieldError(variable.getKey(), "form.field.type")));
            }
        }
        return refused;
    }

    /** A claim names the user who gets the task: only oneself. */
    boolean claimsForSelf(EngineApiCall call, byte[] body) {
        JsonNode parsed = body == null ? null : parse(body);
        return parsed != null && call.user().equals(parsed.path("userId").asText(null));
    }

    /** Only a task offered to a group goes back to its queue; a personal task would be nobody's. */
    boolean isQueueTask(ProcessEngine engine, EngineApiCall call, String taskId) {
        return AsCaller.query(engine, call, () -> engine.getTaskService().getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())));
    }

    /** The body as JSON in whatever encoding it came (UTF-8/16/32), an empty one as {}, null when unreadable. */
    private static JsonNode parse(byte[] body) {
        try {
            JsonNode node = body.length == 0 ? null : JSON.readTree(body);
            return node == null ? JSON.createObjectNode() : node;
        } catch (IOException malformed) {
            return null;
        }
    }
}
