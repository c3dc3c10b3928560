package id.kompeten.process;

import java.util.Optional;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** The {@code camunda:properties} of a BPMN step, as its delegate reads them (an email step's {@code emailKind}). */
public final class StepProperties {

    private StepProperties() {}

    /** The {@code emailKind} of an email step, which its delegate must have. */
    public static String emailKind(org.camunda.bpm.engine.delegate.DelegateExecution step) {
        BaseElement element = (BaseElement) step.getBpmnModelElementInstance();
        return of(element, "emailKind").orElseThrow(() -> new IllegalStateException("no emailKind on " + element.getId()));
    }

    public static Optional<String> of(BaseElement element, String name) {
        if (element.getExtensionElements() == null) {
            return Optional.empty();
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> name.equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue)
                .findFirst();
    }
}
