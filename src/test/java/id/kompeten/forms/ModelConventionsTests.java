package id.kompeten.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.process.CaseProcess;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Reads every BPMN and form in processes/ and forms/ and holds them to the conventions and to the server:
 * each user task has a deployed form that the server validates field by field, ids follow the naming guide,
 * every element has layout, every delegate a bean.
 */
@SpringBootTest
@ActiveProfiles("test")
class ModelConventionsTests {

    static final Pattern CONVENTION_ID = Pattern.compile(
            "(StartEvent|EndEvent|Event|SubProcess|Task|Gateway|SequenceFlow|BoundaryEvent|TimerEvent|Message|Msg|Error|Err)_[A-Z][A-Za-z]+");
    static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+)[.}]");

    @Autowired TaskFormListener formListener;
    @Autowired RepositoryService repository;
    @Autowired ApplicationContext context;
    final ObjectMapper json = new ObjectMapper();

    List<BpmnModelInstance> models() {
        File[] files = new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"));
        assertThat(files).isNotEmpty();
        return Arrays.stream(files).map(Bpmn::readModelFromFile).toList();
    }

    @Test
    void everyUserTaskHasADeployedFormThatTheServerValidates() {
        Set<String> deployed = new HashSet<>();
        repository.createDeploymentQuery().list().forEach(d ->
                repository.getDeploymentResourceNames(d.getId()).forEach(deployed::add));
        for (BpmnModelInstance model : models()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String formRef = task.getCamundaFormRef();
                assertThat(formRef).as("form of %s", task.getId()).isNotBlank();
                assertThat(deployed).as("deployed form of %s", task.getId())
                        .anyMatch(name -> name.endsWith("forms/" + formRef + ".form"));
                assertThat(formListener.specs()).as("server rules of %s", formRef).containsKey(formRef);
                List<String> events = task.getExtensionElements().getElementsQuery()
                        .filterByType(CamundaExecutionListener.class).list().stream()
                        .filter(l -> "${taskFormListener}".equals(l.getCamundaDelegateExpression()))
                        .map(CamundaExecutionListener::getCamundaEvent).toList();
                assertThat(events).as("server-side check of %s", task.getId()).containsExactly("end");
            }
        }
    }

    @Test
    void everyFormIsNamedByItsIdAndTheServerKnowsEachField() throws IOException {
        File[] forms = new File("forms").listFiles((dir, name) -> name.endsWith(".form"));
        assertThat(forms).isNotEmpty();
        for (File file : forms) {
            JsonNode form = json.readTree(file);
            String id = form.path("id").asText();
            assertThat(file.getName()).isEqualTo(id + ".form");
            FormSpec spec = formListener.specs().get(id);
            assertThat(spec).as("server rules for form %s", id).isNotNull();
            for (JsonNode component : form.path("components")) {
                checkKnown(id, component, spec.fields());
            }
        }
    }

    private void checkKnown(String formId, JsonNode component, List<FieldRule> rules) {
        String key = component.has("path") ? component.path("path").asText() : component.path("key").asText(null);
        if (key == null) {
            return; // text and other components without data
        }
        FieldRule rule = rules.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
        assertThat(rule).as("field %s of form %s known to the server", key, formId).isNotNull();
        if (component.path("type").asText().equals("dynamiclist")) {
            assertThat(rule.kind()).isEqualTo(FieldRule.Kind.LIST);
            component.path("components").forEach(inner -> checkKnown(formId, inner, rule.itemFields()));
        } else if (!component.path("readonly").asBoolean()) {
            assertThat(rule.kind()).as("answer %s of %s is checked", key, formId).isNotEqualTo(FieldRule.Kind.DISPLAY);
        }
    }

    @Test
    void elementsHaveConventionIdsAndLayout() {
        for (BpmnModelInstance model : models()) {
            Set<String> laidOut = new HashSet<>();
            model.getModelElementsByType(BpmnShape.class).forEach(s -> laidOut.add(s.getBpmnElement().getId()));
            model.getModelElementsByType(BpmnEdge.class).forEach(e -> laidOut.add(e.getBpmnElement().getId()));
            List<String> problems = new ArrayList<>();
            for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
                if (!(element instanceof FlowNode) && !(element instanceof SequenceFlow)) {
                    continue;
                }
                if (!CONVENTION_ID.matcher(element.getId()).matches()) {
                    problems.add(element.getId() + " has no convention id");
                }
                if (!laidOut.contains(element.getId())) {
                    problems.add(element.getId() + " has no layout");
                }
            }
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void idsNamedInCodeExistInTheModel() throws IllegalAccessException {
        Set<String> ids = new HashSet<>();
        models().forEach(m -> m.getModelElementsByType(BaseElement.class).forEach(e -> ids.add(e.getId())));
        models().forEach(m -> m.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Error.class)
                .forEach(e -> ids.add(e.getErrorCode())));
        models().forEach(m -> m.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Message.class)
                .forEach(e -> ids.add(e.getName())));
        for (Field field : CaseProcess.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !field.getName().equals("PROCESS_ID")) {
                String id = (String) field.get(null);
                assertThat(CONVENTION_ID.matcher(id).matches()).as("%s follows the naming guide", id).isTrue();
                assertThat(ids).as("%s is in the model", id).contains(id);
            }
        }
    }

    @Test
    void everyExpressionNamesAnExistingBean() throws IOException {
        for (File file : new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
            Matcher beans = BEAN.matcher(java.nio.file.Files.readString(file.toPath()));
            while (beans.find()) {
                String name = beans.group(1);
                if (name.endsWith("Delegate") || name.endsWith("Listener") || name.equals("caseTimers")
                        || name.equals("emailRetry")) {
                    assertThat(context.containsBean(name)).as("bean %s", name).isTrue();
                }
            }
        }
    }
}
