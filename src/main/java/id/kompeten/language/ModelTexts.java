package id.kompeten.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * The English of our models' texts ({@code models_en.properties}; the Indonesian is in the models): form labels,
 * descriptions, texts and options, process and user task names, groups and Tasklist filters. Keys are model ids, so a
 * reworded Indonesian text keeps its English, and ModelTextsTests finds a text without its translation.
 */
@Component
class ModelTexts {

    public static final String RESOURCE = "/models_en.properties";
    /** The texts of a form component that a reader sees. */
    public static final List<String> COMPONENT_TEXTS = List.of("label", "dateLabel", "description", "text");
    /** What separates a task's step from whose case it is (cases.TaskLabels). */
    static final String STEP_END = " — ";

    private final Properties english;

    public ModelTexts() {
        this.english = load();
    }

    public static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ModelTexts.class.getResourceAsStream(RESOURCE)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** A form-js schema in English, in place: labels, descriptions, texts and option labels; keys and values stay. */
    public void translateForm(ObjectNode schema) {
        String form = schema.path("id").asText();
        for (JsonNode component : schema.path("components")) {
            translateComponent(form, component);
        }
    }

    private void translateComponent(String form, JsonNode node) {
        if (!(node instanceof ObjectNode component)) {
            return;
        }
        String id = component.path("id").asText();
        for (String text : COMPONENT_TEXTS) {
            String en = english.getProperty("form." + form + "." + id + "." + text);
            if (en != null && component.path(text).isTextual()) {
                component.put(text, en);
            }
        }
        for (JsonNode option : component.path("values")) {
            String en = optionText(form, id, option.path("value").asText());
            if (en != null && option instanceof ObjectNode o) {
                o.put("label", en);
            }
        }
        for (JsonNode child : component.path("components")) {
            translateComponent(form, child);
        }
    }

    /** An option's English: the field's own, else the scale its form's fields share. */
    public String optionText(String form, String component, String value) {
        String own = english.getProperty("form." + form + "." + component + ".values." + value);
        return own != null ? own : english.getProperty("form." + form + ".values." + value);
    }

    /** "Schedule training — Andi Pratama · KMP-…" for "Jadwalkan pelatihan — Andi Pratama · KMP-…". */
    public String taskName(String processKey, String taskKey, String name) {
        String step = english.getProperty("task." + processKey + "." + taskKey);
        if (step == null || name == null) {
            return name;
        }
        int end = name.indexOf(STEP_END);
        return end < 0 ? step : step + name.substring(end);
    }

    public String processName(String processKey, String name) {
        return english.getProperty("process." + processKey + ".name", name);
    }

    /** A group's name (a role of DESIGN.md; see security.AccessSetup), by its id. */
    public String groupName(String groupId, String name) {
        return english.getProperty("group." + groupId + ".name", name);
    }

    /** A filter of ours (its "key" property; see security.AccessSetup) with its name, description and columns. */
    public void translateFilter(ObjectNode filter) {
        JsonNode properties = filter.path("properties");
        String key = properties.path("key").asText(null);
        if (key != null) {
            filter.put("name", english.getProperty("filter." + key + ".name", filter.path("name").asText()));
            if (properties instanceof ObjectNode p && p.path("description").isTextual()) {
                p.put("description", english.getProperty("filter." + key + ".description", p.path("description").asText()));
            }
        }
        for (JsonNode variable : properties.path("variables")) {
            String en = english.getProperty("filter.variable." + variable.path("name").asText());
            if (en != null && variable instanceof ObjectNode v) {
                v.put("label", en);
            }
        }
    }
}
