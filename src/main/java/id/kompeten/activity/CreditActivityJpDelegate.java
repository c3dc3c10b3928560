package id.kompeten.activity;

import id.kompeten.process.ActivityProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CreditActivityJp: the completed activity's JP into the ledger, at most once (a retried step credits nothing more). */
@Component
class CreditActivityJpDelegate implements JavaDelegate {

    private final Activities activities;

    CreditActivityJpDelegate(Activities activities) {
        this.activities = activities;
    }

    @Override
    public void execute(DelegateExecution execution) {
        activities.credit(((Number) execution.getVariable(ActivityProcess.ACTIVITY_ID)).longValue());
    }
}
