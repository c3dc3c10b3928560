package id.kompeten.activity;

import id.kompeten.process.ActivityProcess;
import id.kompeten.process.StepProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.springframework.stereotype.Component;

/**
 * Every email step of an activity's process (asynchronous, with the mail retry cycle): its {@code emailKind}
 * property says which ({@link ActivityEmails.Kind}); each email is then sent by a job of its own.
 */
@Component
class ActivityEmailDelegate implements JavaDelegate {

    private final ActivityEmails emails;

    ActivityEmailDelegate(ActivityEmails emails) {
        this.emails = emails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String kind = StepProperties.emailKind(execution);
        emails.send(ActivityEmails.Kind.valueOf(kind),
                ((Number) execution.getVariable(ActivityProcess.ACTIVITY_ID)).longValue(), execution.getProcessInstanceId(),
                StepProperties.of((BaseElement) execution.getBpmnModelElementInstance(), "overdueTask").orElse(null));
    }
}
