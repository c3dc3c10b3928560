package id.kompeten.notification;

/**
 * The emails of a case's own steps and the notices (the training emails are training's: TrainingEmails.Kind).
 * Texts are in messages*.properties under {@code mail.<KIND>.subject} and {@code mail.<KIND>.body}.
 */
public enum EmailKind {
    NEEDS_SURVEY_REQUEST,
    ASSESSMENT_REQUEST,
    POST_SURVEY_REQUEST,
    INTERVIEW_REQUEST,
    FOLLOW_UP_APPROVAL_REQUEST,
    CASE_ESCALATED,
    FOLLOW_UP_APPROVED,
    CASE_CLOSED,
    TASK_REMINDER,
    TASK_ESCALATION,
    /** Not of a case: a programme's published evaluation report, to the agency's heads. */
    PROGRAMME_REPORT_PUBLISHED,
    /** Not of a case: the third-quarter list of a supervisor's staff below the JP target. */
    JP_BELOW_TARGET
}
