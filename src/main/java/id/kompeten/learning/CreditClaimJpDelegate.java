package id.kompeten.learning;

import id.kompeten.process.ClaimProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CreditClaimJp: the verified claim's JP into the ledger, at most once (a retried step credits nothing more). */
@Component
class CreditClaimJpDelegate implements JavaDelegate {

    static final String JP_CREDITED = "jpCredited";

    private final LearningClaims claims;

    CreditClaimJpDelegate(LearningClaims claims) {
        this.claims = claims;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long claimId = ((Number) execution.getVariable(ClaimProcess.CLAIM_ID)).longValue();
        execution.setVariable(JP_CREDITED, claims.credit(claimId).jp());
    }
}
