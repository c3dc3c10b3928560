package id.kompeten.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A BPMN error that nothing catches fails the step loudly instead of silently ending the case. */
@SpringBootTest
@ActiveProfiles("test")
class UnhandledBpmnErrorTests {

    /** A step that throws an error no boundary event catches. */
    public static class ThrowsUncaughtError implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            throw new BpmnError("Err_NobodyCatchesThis");
        }
    }

    @Autowired ProcessEngine engine;

    @Test
    void anUncaughtBpmnErrorRaisesAnExceptionAndLeavesNothingBehind() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("UncaughtErrorProbe").camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Probe").serviceTask("Task_Throw").camundaClass(ThrowsUncaughtError.class)
                .endEvent("EndEvent_Probe").done();
        Deployment deployment = engine.getRepositoryService().createDeployment()
                .addModelInstance("UncaughtErrorProbe.bpmn", model).deploy();
        try {
            assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("UncaughtErrorProbe"))
                    .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Err_NobodyCatchesThis");
            assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processDefinitionKey("UncaughtErrorProbe").count()).as("no case ended silently").isZero();
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }
}
