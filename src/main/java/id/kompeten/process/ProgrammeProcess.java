package id.kompeten.process;

/** Ids and variables of {@code TrainingProgramProcess}, the programme's own case (business key: its code). */
public final class ProgrammeProcess {

    private ProgrammeProcess() {}

    public static final String PROCESS_ID = "TrainingProgramProcess";

    /** The multi-instance call activity: one CompetencyDevelopmentProcess per participant. */
    public static final String ACTIVITY_PARTICIPANT_CASES = "Task_ParticipantCases";
    public static final String ACTIVITY_PARTICIPANT_CASES_BODY = ACTIVITY_PARTICIPANT_CASES + "#multiInstanceBody";
    public static final String TASK_REVIEW_REPORT = "Task_ReviewReport";
    /** Each unit's head interviewed once per programme (a parallel multi-instance user task, one per unit). */
    public static final String TASK_INTERVIEW_UNIT_HEAD = "Task_InterviewUnitHead";
    /** The unit of one instance of {@link #TASK_INTERVIEW_UNIT_HEAD} (its element variable). */
    public static final String PROGRAMME_UNIT = "programmeUnit";
    /** Set once the units' heads were asked, so a later report (at the end, or revised) asks no one again. */
    public static final String UNIT_VIEWS_ASKED = "unitViewsAsked";

    public static final String PROGRAMME_CODE = "programmeCode";
    public static final String PROGRAMME_YEAR = "programmeYear";
    /** Who created the programme: the cases it opens are opened in their name. */
    public static final String PROGRAMME_OWNER = "programmeOwner";
    /** When the report is generated even if cases are still running (the boundary timer). */
    public static final String EVALUATION_DATE = "evaluationDate";
    /** The element variable of the multi-instance: the participant of one inner instance. */
    public static final String PARTICIPANT_NIP = "employeeNip";
    /** The version of the report under review (programme_report.version). */
    public static final String REPORT_VERSION = "reportVersion";
    /** HR's decision on the report: PUBLISH or REVISE. */
    public static final String REPORT_DECISION = "reportDecision";

    // shown on the review form
    public static final String PROGRAMME_NAME = "programmeName";
    public static final String REPORT_SUMMARY = "reportSummary";
}
