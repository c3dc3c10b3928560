package id.kompeten.cases;

/** How a case ended. */
public enum CaseOutcome {
    /** The needs evaluation found no competency gap. */
    NO_NEED,
    /** Every targeted competency is applied on the job. */
    COMPLETED,
    /** The supervisor rejected follow-up training. */
    FOLLOW_UP_REJECTED,
    /** HR closed an escalated case. */
    CLOSED_BY_HR
}
