package id.kompeten.process;

/** Ids of the competency-development process that code refers to (DESIGN.md's contract). */
public final class CaseProcess {

    private CaseProcess() {}

    public static final String PROCESS_ID = "CompetencyDevelopmentProcess";

    public static final String TASK_FILL_NEEDS_SURVEY = "Task_FillNeedsSurvey";
    public static final String TASK_ASSESS_COMPETENCIES = "Task_AssessCompetencies";
    public static final String TASK_PROPOSE_DEVELOPMENT_PLAN = "Task_ProposeDevelopmentPlan";
    public static final String TASK_APPROVE_DEVELOPMENT_PLAN = "Task_ApproveDevelopmentPlan";
    public static final String TASK_CONFIRM_PLAN_BUDGET = "Task_ConfirmPlanBudget";
    public static final String TASK_SCHEDULE_TRAINING = "Task_ScheduleTraining";
    public static final String TASK_RECORD_TRAINING_RESULTS = "Task_RecordTrainingResults";
    public static final String TASK_FILL_POST_TRAINING_SURVEY = "Task_FillPostTrainingSurvey";
    public static final String TASK_CONDUCT_SUPERVISOR_INTERVIEW = "Task_ConductSupervisorInterview";
    public static final String TASK_APPROVE_FOLLOW_UP_TRAINING = "Task_ApproveFollowUpTraining";
    public static final String TASK_REVIEW_ESCALATED_CASE = "Task_ReviewEscalatedCase";

    public static final String ERROR_ENROLLMENT_REFUSED = "Err_EnrollmentRefused";

    /** HR withdrew the participant from the session: the case sends a cancellation and goes back to scheduling. */
    public static final String MESSAGE_ENROLLMENT_CANCELLED = "Msg_EnrollmentCancelled";
    /** HR moved the session: the case sends an updated invite and waits for the new date. */
    public static final String MESSAGE_SESSION_RESCHEDULED = "Msg_SessionRescheduled";
}
