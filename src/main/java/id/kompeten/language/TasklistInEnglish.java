package id.kompeten.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist in English for a reader who chose it ({@link ReaderLanguage#COOKIE}): the answers of Tasklist's engine
 * API that carry our models' texts — filters, task lists and tasks, process definitions, groups, a task's form — have
 * them replaced by their English ({@link ModelTexts}). Only the texts change: ids, keys and values, and every
 * variable (a form's read-only fields must come back as they were sent), stay as the engine wrote them. The
 * stored names stay Indonesian, the agency's language; /engine-rest answers API clients unchanged.
 */
class TasklistInEnglish extends OncePerRequestFilter {

    private static final Pattern ENGINE = Pattern.compile("/camunda/api/engine/engine/[^/]+/");
    /** The resources whose answers hold names or forms; nothing else is buffered. */
    private static final Pattern TEXTS = Pattern.compile("(filter(/[^/]+(/list|/singleResult)?)?|task(/[^/]+)?|task/[^/]+/identity-links|group(/[^/]+)?"
            + "|task/[^/]+/deployed-form|process-definition(/[^/]+|/key/[^/]+)?)");

    private final ModelTexts texts;
    private final RepositoryService repository;
    /** A definition's key by its id (ids are UUIDs here); definitions never change, so this only grows. */
    private final Map<String, String> processKeys = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    TasklistInEnglish(ModelTexts texts, RepositoryService repository) {
        this.texts = texts;
        this.repository = repository;
    }

    private String processKey(String definitionId) {
        if (definitionId == null) {
            return "";
        }
        return processKeys.computeIfAbsent(definitionId, id -> {
            try {
                return repository.getProcessDefinition(id).getKey();
            } catch (ProcessEngineException gone) {
                return "";
            }
        });
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!ReaderLanguage.ENGLISH.equals(ReaderLanguage.chosen(request))
                || !("GET".equals(request.getMethod()) || "POST".equals(request.getMethod()))) {
            return true;
        }
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        var engine = ENGINE.matcher(uri);
        return !engine.lookingAt() || !TEXTS.matcher(uri.substring(engine.end()).replaceAll("/+$", "")).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        byte[] body = answer.getContentAsByteArray();
        String type = answer.getContentType();
        if (answer.getStatus() == HttpServletResponse.SC_OK && body.length > 0 && type != null && type.contains("json")) {
            JsonNode tree;
            try {
                tree = json.readTree(body);
            } catch (IOException notJson) {
                tree = null;
            }
            if (tree != null) {
                translate(tree, administers(request));
                byte[] english = json.writeValueAsBytes(tree);
                answer.resetBuffer();
                response.setContentLength(english.length);
                response.getOutputStream().write(english);
                return;
            }
        }
        answer.copyBodyToResponse();
    }

    /** A group as the engine API gives it: id, name, type and nothing else but HAL's links. */
    private static boolean isGroup(ObjectNode object) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!Set.of("id", "name", "type", "_links", "_embedded").contains(name)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Administrators edit filters in Tasklist, which saves what it was given: they get a filter as stored, or the
     * English would become the agency's name for it.
     */
    private static boolean administers(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Authentications all = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        return all != null && all.getAuthentications().stream()
                .anyMatch(user -> user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN));
    }

    /** Walks any answer (plain JSON or HAL with _embedded) and translates what it recognises. */
    void translate(JsonNode node, boolean editsFilters) {
        if (node.isArray()) {
            node.forEach(child -> translate(child, editsFilters));
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        if (object.has("components") && object.has("schemaVersion")) {
            texts.translateForm(object);
            return;
        }
        if (object.has("taskDefinitionKey") && object.path("name").isTextual()) {
            String processKey = processKey(object.path("processDefinitionId").asText(null));
            object.put("name", texts.taskName(processKey, object.path("taskDefinitionKey").asText(),
                    object.path("name").asText()));
        } else if (object.has("resourceType") && object.has("properties") && object.has("query")) {
            if (!editsFilters) {
                texts.translateFilter(object);
            }
        } else if (object.has("id") && object.path("name").isTextual() && object.has("type") && isGroup(object)) {
            object.put("name", texts.groupName(object.path("id").asText(), object.path("name").asText()));
        } else if (object.has("deploymentId") && object.has("key") && object.has("version")
                && object.path("name").isTextual()) {
            object.put("name", texts.processName(object.path("key").asText(), object.path("name").asText()));
        }
        for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
            JsonNode child = children.next();
            if (child.isContainerNode()) {
                translate(child, editsFilters);
            }
        }
    }
}
