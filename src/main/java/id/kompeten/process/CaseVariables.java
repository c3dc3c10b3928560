package id.kompeten.process;

import java.util.List;

/**
 * Names of the process variables of {@code CompetencyDevelopmentProcess}: the contract of DESIGN.md plus
 * the few display texts the forms show. Every delegate, listener and test names variables through these.
 * The process keeps ids, the figures its gateways, timers and decisions read, and texts the forms show; the
 * answers of forms are our tables' (a few share a figure's name: they are the form's fields).
 */
public final class CaseVariables {

    private CaseVariables() {}

    public static final String CASE_NUMBER = "caseNumber";
    public static final String EMPLOYEE_NIP = "employeeNip";
    public static final String PARTICIPANT = "participant";
    public static final String SUPERVISOR = "supervisor";
    public static final String ROUND = "round";
    public static final String TRAINING_SESSION_ID = "trainingSessionId";
    public static final String ATTENDED = "attended";
    public static final String PRE_TEST_SCORE = "preTestScore";
    public static final String POST_TEST_SCORE = "postTestScore";
    public static final String REACTION_INDEX = "reactionIndex";
    public static final String LEARNING_GAIN = "learningGain";
    public static final String TRANSFER_SCORE = "transferScore";
    /** How many prioritised competencies are not yet mastered on the job (the codes are in the case file). */
    public static final String UNMASTERED_COMPETENCIES = "unmasteredCompetencies";
    public static final String FOLLOW_UP = "followUp";
    public static final String FOLLOW_UP_APPROVED = "followUpApproved";

    /** How many competencies the needs evaluation ranked as needing training (0 closes the case). */
    public static final String TRAINING_NEED_COUNT = "trainingNeedCount";
    /** When the enrolled session ends: the timer before results are recorded waits for it. */
    public static final String TRAINING_ENDS_AT = "trainingEndsAt";
    /** The day before the enrolled session starts: the participant's reminder. */
    public static final String TRAINING_REMIND_AT = "trainingRemindAt";
    /** Why the last enrolment was refused; shown to HR on the scheduling form, cleared on the next try. */
    public static final String ENROLLMENT_REFUSAL = "enrollmentRefusal";
    /** HR's resolution of an escalated case: NEW_ROUND or CLOSE. */
    public static final String ESCALATION_RESOLUTION = "escalationResolution";
    /** The employee's unit when the case opened (null for none): shown and searched in HR's Tasklist queue. */
    public static final String EMPLOYEE_UNIT = "employeeUnit";

    // Texts shown on forms (read-only fields)
    public static final String EMPLOYEE_NAME = "employeeName";
    public static final String NEEDS_SUMMARY = "needsSummary";
    public static final String SESSION_SUMMARY = "sessionSummary";
    public static final String FOLLOW_UP_SUMMARY = "followUpSummary";
    /** Choices of the scheduling form (JSON list of {label, value}), computed from the case. */
    public static final String SESSION_OPTIONS = "sessionOptions";
    /** The sessions for the case's needs that the enrolment would refuse, each with the reason (text). */
    public static final String SESSIONS_NOT_OFFERED = "sessionsNotOffered";

    /** The development plan as its forms show it, and the agency's budget beside its cost (task-local texts). */
    public static final String PLAN_SUMMARY = "planSummary";
    public static final String BUDGET_SUMMARY = "budgetSummary";
    /** The approved plan's cost within the budget left (else HR confirm it); HR's answer to one beyond it. */
    public static final String PLAN_WITHIN_BUDGET = "planWithinBudget";
    public static final String PLAN_BUDGET_CONFIRMED = "planBudgetConfirmed";
    /** What the approved plan runs: a scheduled course, activities of other kinds, or both. */
    public static final String PLAN_HAS_COURSE = "planHasCourse";
    public static final String PLAN_HAS_ACTIVITIES = "planHasActivities";

    /**
     * The case's variables Tasklist shows under a task's name in its lists (the filters' "variables"), each also
     * copied onto every task of the case: Tasklist reads them as the user, and only administrators may read a
     * case's own variables (READ on its process instance), while whoever holds a task may read the task's.
     */
    public static final List<String> SHOWN_IN_TASK_LISTS = List.of(CASE_NUMBER, EMPLOYEE_NAME, EMPLOYEE_UNIT);

    /**
     * The case's variables held only to be shown (on forms, in Tasklist's lists, in an email): texts made from
     * the case file, runtime only. The engine's history keeps none of them (CaseHistory); the case file has
     * their data.
     */
    public static final List<String> SHOWN_ONLY = List.of(EMPLOYEE_NAME, EMPLOYEE_UNIT, NEEDS_SUMMARY, SESSION_SUMMARY,
            FOLLOW_UP_SUMMARY, ENROLLMENT_REFUSAL, SESSION_OPTIONS, SESSIONS_NOT_OFFERED);
}
