package id.kompeten.cases;

import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseVariables;
import id.kompeten.process.StepProperties;
import id.kompeten.training.TrainingEmails;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.springframework.stereotype.Component;

/**
 * Every email step of the case's BPMN (message throw and end events, asynchronous with a retry cycle): its
 * {@code emailKind} property says what to send, {@code overdueTask} which task a reminder is about (a task no
 * longer open gets none). Glue: reads those and the case's variables, and hands the step to the feature whose
 * emails they are (the training's kinds to {@link TrainingEmails}, the case's own to {@link CaseEmails}). The step
 * only records its emails; each is sent by a job of its own after the step committed, so a failing mail server
 * fails that job, not the step, and the case moves on.
 */
@Component
class SendEmailDelegate implements JavaDelegate {

    static final String KIND = "emailKind";
    static final String OVERDUE_TASK = "overdueTask";

    private final CaseEmails caseEmails;
    private final TrainingEmails trainingEmails;

    SendEmailDelegate(CaseEmails caseEmails, TrainingEmails trainingEmails) {
        this.caseEmails = caseEmails;
        this.trainingEmails = trainingEmails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BaseElement step = (BaseElement) execution.getBpmnModelElementInstance();
        String kind = property(step, KIND);
        CaseContext context = CaseContext.of(execution);
        Optional<TrainingEmails.Kind> training = TrainingEmails.Kind.of(kind);
        if (training.isPresent()) {
            trainingEmails.send(training.get(), context, training.get() == TrainingEmails.Kind.ENROLLMENT_PROBLEM
                    ? (String) execution.getVariable(CaseVariables.ENROLLMENT_REFUSAL) : null);
        } else {
            caseEmails.send(CaseEmails.Kind.valueOf(kind), context, execution.getProcessInstanceId(),
                    property(step, OVERDUE_TASK));
        }
    }

    private static String property(BaseElement element, String name) {
        return StepProperties.of(element, name).orElse(null);
    }
}
