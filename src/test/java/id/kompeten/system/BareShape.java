package id.kompeten.system;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The bare shape of a process, made from its BPMN when the benchmark runs, so it never drifts from the model:
 * the same elements, flows, gateways, timers and asynchronous continuations, under another key, with every
 * delegate a no-op (a service or rule task evaluates {@code ${null}}, a message event throws nothing), no
 * listeners, no input/output mappings and no forms. Its gateways and timers read the variables the bare driver
 * starts the instance with. Our parse listener (cases.CaseTimelinePlugin) adds nothing to it: it only touches
 * the case process's key.
 */
final class BareShape {

    static final String KEY = "BareShapeBenchmark";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    private BareShape() {}

    static BpmnModelInstance of(InputStream bpmn) {
        BpmnModelInstance model = Bpmn.readModelFromStream(bpmn);
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        process.setId(KEY);
        process.setName("Bare shape of " + process.getName());
        remove(model.getModelElementsByType(CamundaExecutionListener.class));
        remove(model.getModelElementsByType(CamundaTaskListener.class));
        remove(model.getModelElementsByType(CamundaInputOutput.class));
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            for (String form : List.of("formRef", "formRefBinding", "formRefVersion", "formKey")) {
                task.removeAttributeNs(CAMUNDA, form);
            }
        }
        List<ModelElementInstance> tasks = new ArrayList<>(model.getModelElementsByType(ServiceTask.class));
        tasks.addAll(model.getModelElementsByType(BusinessRuleTask.class));
        for (ModelElementInstance task : tasks) {
            noImplementation(task);
            task.setAttributeValueNs(CAMUNDA, "expression", "${null}");
        }
        model.getModelElementsByType(MessageEventDefinition.class).forEach(BareShape::noImplementation);
        Bpmn.validateModel(model);
        return model;
    }

    private static void noImplementation(ModelElementInstance element) {
        for (String attribute : List.of("class", "delegateExpression", "expression", "resultVariable", "decisionRef",
                "decisionRefBinding", "mapDecisionResult", "type", "topic")) {
            element.removeAttributeNs(CAMUNDA, attribute);
        }
    }

    private static void remove(java.util.Collection<? extends ModelElementInstance> elements) {
        for (ModelElementInstance element : List.copyOf(elements)) {
            element.getParentElement().removeChildElement(element);
        }
    }
}
