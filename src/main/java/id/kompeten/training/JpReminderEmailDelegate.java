package id.kompeten.training;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One supervisor's reminder: their staff below the JP target, each with their JP so far (one email). */
@Component
class JpReminderEmailDelegate implements JavaDelegate {

    static final String SUPERVISOR = "supervisorUsername";

    private final JpReminderEmails emails;

    JpReminderEmailDelegate(JpReminderEmails emails) {
        this.emails = emails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        emails.send((String) execution.getVariable(SUPERVISOR),
                ((Number) execution.getVariable(FindStaffBelowTargetDelegate.YEAR)).intValue());
    }
}
