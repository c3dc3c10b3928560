package id.kompeten.process;

/**
 * Ids and variables of {@code LearningClaimProcess}: a claim of learning done elsewhere, verified by HR (business
 * key: the claim number, {@code KLM-<year>-<6 digits>}). Whose claim it is uses the case's names
 * ({@link CaseVariables#EMPLOYEE_NIP}, {@link CaseVariables#EMPLOYEE_NAME}, {@link CaseVariables#PARTICIPANT}).
 */
public final class ClaimProcess {

    private ClaimProcess() {}

    public static final String PROCESS_ID = "LearningClaimProcess";
    public static final String TASK_VERIFY_LEARNING_CLAIM = "Task_VerifyLearningClaim";

    public static final String CLAIM_NUMBER = "claimNumber";
    public static final String CLAIM_ID = "claimId";
    /** HR's decision: VERIFIED or REFUSED (the gateway reads it). */
    public static final String CLAIM_DECISION = "claimDecision";
    /** Why HR refused (required then). */
    public static final String CLAIM_REFUSAL_REASON = "claimRefusalReason";
    /** Shown on the verification form: the claim as its claimant wrote it, and the JP it would earn. */
    public static final String CLAIM_SUMMARY = "claimSummary";
}
