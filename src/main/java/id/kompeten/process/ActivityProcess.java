package id.kompeten.process;

/**
 * Ids and variables of the processes of development activities other than a scheduled course, one per family of
 * kinds (training.DevelopmentKind.Path); business key the activity number, {@code AKT-<year>-<6 digits>}. Whose
 * activity it is uses the case's names ({@link CaseVariables#EMPLOYEE_NIP}, {@link CaseVariables#EMPLOYEE_NAME},
 * {@link CaseVariables#PARTICIPANT}).
 */
public final class ActivityProcess {

    private ActivityProcess() {}

    /** Coaching and mentoring: goals, logged sessions, the coach's closing assessment, the employee's rating. */
    public static final String GUIDED_PROCESS_ID = "GuidedActivityProcess";
    public static final String TASK_AGREE_GUIDANCE_GOALS = "Task_AgreeGuidanceGoals";
    public static final String TASK_LOG_GUIDANCE_SESSION = "Task_LogGuidanceSession";
    public static final String TASK_CLOSE_GUIDANCE = "Task_CloseGuidance";
    public static final String TASK_RATE_GUIDANCE = "Task_RateGuidance";

    public static final String ACTIVITY_NUMBER = "activityNumber";
    public static final String ACTIVITY_ID = "activityId";
    /** The coach or mentor (a Camunda user), who holds the coach's tasks. */
    public static final String COACH = "coach";
    /** After a logged session: ANOTHER session to come, or CLOSE (the gateway reads it). */
    public static final String NEXT_STEP = "nextStep";
    /** Shown on the forms: the activity so far. */
    public static final String ACTIVITY_SUMMARY = "activitySummary";
}
