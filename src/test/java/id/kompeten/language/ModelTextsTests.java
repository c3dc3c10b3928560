package id.kompeten.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.process.CaseVariables;
import id.kompeten.security.Roles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Indonesian and English of our models stay in step: every text a reader sees in forms/*.form,
 * processes/*.bpmn and our Tasklist groups and filters has its English in models_en.properties, and every line there has
 * its text in a model. A new label without English, or a line left behind by a removed field, fails here.
 */
class ModelTextsTests {

    final ObjectMapper json = new ObjectMapper();
    final Properties english = ModelTexts.load();
    final ModelTexts texts = new ModelTexts();

    /** key → Indonesian text, for every text of every model. */
    Map<String, String> indonesian() throws IOException {
        Map<String, String> found = new HashMap<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                JsonNode schema = json.readTree(form.toFile());
                collect(schema.path("id").asText(), schema.path("components"), found);
            }
        }
        try (Stream<Path> processes = Files.list(Path.of("processes"))) {
            for (Path file : processes.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (Process process : model.getModelElementsByType(Process.class)) {
                    found.put("process." + process.getId() + ".name", process.getName());
                    for (UserTask task : process.getChildElementsByType(UserTask.class)) {
                        found.put("task." + process.getId() + "." + task.getId(), task.getName());
                    }
                }
            }
        }
        filters(found);
        return found;
    }

    void collect(String form, JsonNode components, Map<String, String> found) {
        for (JsonNode component : components) {
            String id = component.path("id").asText();
            for (String text : ModelTexts.COMPONENT_TEXTS) {
                if (component.path(text).isTextual() && !component.path(text).asText().isBlank()) {
                    found.put("form." + form + "." + id + "." + text, component.path(text).asText());
                }
            }
            for (JsonNode option : component.path("values")) {
                found.put("form." + form + "." + id + ".values." + option.path("value").asText(),
                        option.path("label").asText());
            }
            collect(form, component.path("components"), found);
        }
    }

    /** The groups and filters of security/AccessSetup: filter("key", "name", "description", …), their columns. */
    void filters(Map<String, String> found) throws IOException {
        String setup = Files.readString(Path.of("src/main/java/id/kompeten/security/AccessSetup.java"));
        Matcher filter = Pattern.compile("filter\\(\"([a-z-]+)\", \"([^\"]+)\", \"([^\"]+)\"").matcher(setup);
        while (filter.find()) {
            found.put("filter." + filter.group(1) + ".name", filter.group(2));
            found.put("filter." + filter.group(1) + ".description", filter.group(3));
        }
        Matcher group = Pattern.compile("group\\(Roles\\.([A-Z_]+), \"([^\"]+)\"\\)").matcher(setup);
        while (group.find()) {
            found.put("group." + constant(Roles.class, group.group(1)) + ".name", group.group(2));
        }
        Matcher column = Pattern.compile("variable\\(CaseVariables\\.([A-Z_]+), \"([^\"]+)\"\\)").matcher(setup);
        while (column.find()) {
            found.put("filter.variable." + constant(CaseVariables.class, column.group(1)), column.group(2));
        }
        assertThat(found.keySet()).as("the filters found in AccessSetup").anyMatch(k -> k.startsWith("filter.")
                && k.endsWith(".name")).anyMatch(k -> k.startsWith("filter.variable."));
    }

    static String constant(Class<?> owner, String name) {
        try {
            return (String) owner.getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(owner.getSimpleName() + "." + name, e);
        }
    }

    @Test
    void everyTextOfTheModelsHasItsEnglish() throws IOException {
        Map<String, String> indonesian = indonesian();
        assertThat(indonesian).hasSizeGreaterThan(120);
        List<String> missing = new ArrayList<>();
        for (String key : new TreeSet<>(indonesian.keySet())) {
            String en = english(key);
            if (en == null || en.isBlank()) {
                missing.add(key + " (" + indonesian.get(key) + ")");
            }
        }
        assertThat(missing).as("texts without English in " + ModelTexts.RESOURCE).isEmpty();
    }

    /** An option through the form's shared scale: the English a reader gets, as ModelTexts looks it up. */
    String english(String key) {
        Matcher option = Pattern.compile("form\\.([^.]+)\\.([^.]+)\\.values\\.(.+)").matcher(key);
        return option.matches() ? texts.optionText(option.group(1), option.group(2), option.group(3))
                : english.getProperty(key);
    }

    @Test
    void everyEnglishLineHasItsTextInAModel() throws IOException {
        Map<String, String> indonesian = indonesian();
        Set<String> orphans = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            Matcher scale = Pattern.compile("form\\.([^.]+)\\.values\\.(.+)").matcher(key);
            boolean used = scale.matches()
                    ? indonesian.keySet().stream().anyMatch(k -> k.startsWith("form." + scale.group(1) + ".")
                            && k.endsWith(".values." + scale.group(2)))
                    : indonesian.containsKey(key);
            if (!used) {
                orphans.add(key);
            }
        }
        assertThat(orphans).as("lines of " + ModelTexts.RESOURCE + " that no model text has").isEmpty();
    }

    /** A scale shared by a form's fields must mean one thing: the fields using it have the same Indonesian. */
    @Test
    void aSharedScaleTranslatesOneIndonesianText() throws IOException {
        Map<String, String> indonesian = indonesian();
        for (String key : english.stringPropertyNames()) {
            Matcher scale = Pattern.compile("form\\.([^.]+)\\.values\\.(.+)").matcher(key);
            if (scale.matches()) {
                Set<String> labels = new TreeSet<>();
                indonesian.forEach((k, text) -> {
                    if (k.startsWith("form." + scale.group(1) + ".") && k.endsWith(".values." + scale.group(2))
                            && english.getProperty(k) == null) {
                        labels.add(text);
                    }
                });
                assertThat(labels).as(key).hasSize(1);
            }
        }
    }

    @Test
    void aTranslatedFormKeepsItsKeysValuesAndShape() throws IOException {
        JsonNode original = json.readTree(Path.of("forms/needs-survey.form").toFile());
        ObjectNode translated = original.deepCopy();
        texts.translateForm(translated);
        assertThat(translated.at("/components/1/label").asText()).isEqualTo("Employee");
        assertThat(translated.at("/components/2/components/3/values/0/label").asText()).isEqualTo("1 — Basic: aware of it");
        assertThat(translated.toString()).doesNotContain("Pegawai", "Kompetensi\"", "Level saya");
        // only texts differ: the same paths, keys and values
        assertThat(shape(translated)).isEqualTo(shape(original));
    }

    static List<String> shape(JsonNode node) {
        List<String> paths = new ArrayList<>();
        shape(node, "", paths);
        return paths;
    }

    static void shape(JsonNode node, String at, List<String> paths) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> shape(node.get(name), at + "/" + name, paths));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                shape(node.get(i), at + "/" + i, paths);
            }
        } else {
            boolean text = at.endsWith("/label") || at.endsWith("/description") || at.endsWith("/text");
            paths.add(text ? at : at + "=" + node.asText());
        }
    }

    @Test
    void aTaskNameKeepsWhoseCaseItIs() {
        assertThat(texts.taskName("CompetencyDevelopmentProcess", "Task_ScheduleTraining",
                "Jadwalkan pelatihan — Andi Pratama · KMP-2026-000001 · Pranata Komputer Ahli Pertama"))
                .isEqualTo("Schedule training — Andi Pratama · KMP-2026-000001 · Pranata Komputer Ahli Pertama");
        assertThat(texts.taskName("CompetencyDevelopmentProcess", "Task_ScheduleTraining", "Jadwalkan pelatihan"))
                .isEqualTo("Schedule training");
        assertThat(texts.taskName("OtherProcess", "Task_X", "Tugas lain — X")).isEqualTo("Tugas lain — X");
    }
}
