package id.kompeten.learning;

import id.kompeten.process.ClaimProcess;
import id.kompeten.process.StepProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Every email step of LearningClaimProcess (asynchronous, with the mail retry cycle): its {@code emailKind}
 * property says which ({@link LearningClaimEmails.Kind}). The step records the emails; each is sent by a job of
 * its own after the step committed, as the case's are.
 */
@Component
class LearningClaimEmailDelegate implements JavaDelegate {

    private final LearningClaimEmails emails;

    LearningClaimEmailDelegate(LearningClaimEmails emails) {
        this.emails = emails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String kind = StepProperties.emailKind(execution);
        emails.send(LearningClaimEmails.Kind.valueOf(kind),
                ((Number) execution.getVariable(ClaimProcess.CLAIM_ID)).longValue(), execution.getProcessInstanceId());
    }
}
