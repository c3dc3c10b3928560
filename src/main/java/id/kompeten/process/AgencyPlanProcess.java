package id.kompeten.process;

/**
 * Ids and variables of {@code AgencyPlanProcess}: the agency's annual competency development plan, prepared by HR
 * and set by the head of the agency (business key: the plan number, {@code RPK-<year>-<6 digits>}).
 */
public final class AgencyPlanProcess {

    private AgencyPlanProcess() {}

    public static final String PROCESS_ID = "AgencyPlanProcess";
    public static final String TASK_PREPARE_AGENCY_PLAN = "Task_PrepareAgencyPlan";
    public static final String TASK_APPROVE_AGENCY_PLAN = "Task_ApproveAgencyPlan";

    public static final String PLAN_ID = "agencyPlanId";
    public static final String PLAN_NUMBER = "agencyPlanNumber";
    /** Who sets the plan: the head of the agency (the approval task's assignee). */
    public static final String HEAD = "agencyHead";
    /** The head's decision: APPROVED or RETURNED (the gateway reads it). */
    public static final String DECISION = "agencyPlanDecision";
    /** Shown on both forms: the agency, the year, the needs analysis or the plan as prepared, the head's last note. */
    public static final String SUMMARY = "agencyPlanSummary";
}
