package id.kompeten.agencyplan;

import id.kompeten.process.AgencyPlanProcess;
import id.kompeten.process.StepProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Every email step of AgencyPlanProcess (asynchronous, with the mail retry cycle): its {@code emailKind} property
 * says which ({@link AgencyPlanEmails.Kind}). The step records the emails; each is sent by a job of its own after the
 * step committed, as the case's are.
 */
@Component
class AgencyPlanEmailDelegate implements JavaDelegate {

    private final AgencyPlanEmails emails;

    AgencyPlanEmailDelegate(AgencyPlanEmails emails) {
        this.emails = emails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        emails.send(AgencyPlanEmails.Kind.valueOf(StepProperties.emailKind(execution)),
                AgencyPlanForms.planId(execution), execution.getProcessInstanceId());
    }
}
