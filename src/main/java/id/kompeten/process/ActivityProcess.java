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

    /** The event family (seminar, workshop, ...): registration, attendance recorded by HR, the employee's reflection. */
    public static final String EVENT_PROCESS_ID = "EventActivityProcess";
    public static final String TASK_RECORD_EVENT_ATTENDANCE = "Task_RecordEventAttendance";
    public static final String TASK_FILL_EVENT_REFLECTION = "Task_FillEventReflection";
    /** When the event ends (its last day, 17.00 WIB): attendance is recorded after it. */
    public static final String EVENT_ENDS_AT = "eventEndsAt";
    /** Did the employee attend the event (the gateway reads it)? */
    public static final String EVENT_ATTENDED = "eventAttended";

    public static final String ACTIVITY_NUMBER = "activityNumber";
    public static final String ACTIVITY_ID = "activityId";
    /** The coach or mentor (a Camunda user), who holds the coach's tasks. */
    public static final String COACH = "coach";
    /** After a logged session: ANOTHER session to come, or CLOSE (the gateway reads it). */
    public static final String NEXT_STEP = "nextStep";
    /** Shown on the forms: the activity so far. */
    public static final String ACTIVITY_SUMMARY = "activitySummary";
}
