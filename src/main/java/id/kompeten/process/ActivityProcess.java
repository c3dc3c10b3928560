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

    /**
     * Self-paced learning (e-learning, distance learning, self-development, a community of practice): the employee
     * reports the modules completed, the minutes and the certificate, HR verify it.
     */
    public static final String SELF_PACED_PROCESS_ID = "SelfPacedActivityProcess";
    public static final String TASK_REPORT_SELF_PACED_COMPLETION = "Task_ReportSelfPacedCompletion";
    public static final String TASK_VERIFY_SELF_PACED_COMPLETION = "Task_VerifySelfPacedCompletion";
    /** Did the employee complete every module (the gateway reads it)? */
    public static final String SELF_PACED_COMPLETED = "selfPacedCompleted";
    /** Did HR verify the completion against its certificate (the gateway reads it)? */
    public static final String COMPLETION_VERIFIED = "completionVerified";

    /**
     * A placement (on-the-job guidance, internship, secondment, exchange): a host unit and a period; its mentor
     * assesses it after the period, the employee reflects on it.
     */
    public static final String PLACEMENT_PROCESS_ID = "PlacementActivityProcess";
    public static final String TASK_ASSESS_PLACEMENT = "Task_AssessPlacement";

    /**
     * Further study (tugas belajar): HR record each semester's results from the transcript, the supervisor confirms
     * the return to duty after the study ends, the employee reflects on it.
     */
    public static final String STUDY_PROCESS_ID = "StudyActivityProcess";
    public static final String TASK_RECORD_STUDY_SEMESTER = "Task_RecordStudySemester";
    public static final String TASK_CONFIRM_RETURN_TO_DUTY = "Task_ConfirmReturnToDuty";
    /** After a semester: CONTINUING, GRADUATED or DISCONTINUED (the gateway reads it). */
    public static final String STUDY_STATUS = "studyStatus";
    /** When the next semester's results are due (the reminder on recording them waits for it). */
    public static final String SEMESTER_DUE_AT = "semesterDueAt";

    /** The employee's reflection, shared by the placement and the study (form fill-event-reflection). */
    public static final String TASK_FILL_ACTIVITY_REFLECTION = "Task_FillActivityReflection";
    /** When a self-paced activity is due or a placement ends (its last day, 17.00 WIB). */
    public static final String ACTIVITY_ENDS_AT = "activityEndsAt";

    public static final String ACTIVITY_NUMBER = "activityNumber";
    public static final String ACTIVITY_ID = "activityId";
    /** The coach or mentor (a Camunda user), who holds the coach's tasks. */
    public static final String COACH = "coach";
    /** After a logged session: ANOTHER session to come, or CLOSE (the gateway reads it). */
    public static final String NEXT_STEP = "nextStep";
    /** Shown on the forms: the activity so far. */
    public static final String ACTIVITY_SUMMARY = "activitySummary";
}
