package id.kompeten.notification;

/**
 * Every email Kompeten sends (for a case, the {@code emailKind} property of its step in the BPMN). Texts are in
 * messages*.properties under {@code mail.<KIND>.subject} and {@code mail.<KIND>.body}.
 */
public enum EmailKind {
    NEEDS_SURVEY_REQUEST,
    ASSESSMENT_REQUEST,
    ENROLLMENT_PROBLEM,
    TRAINING_INVITATION,
    TRAINING_UPDATE,
    TRAINING_CANCELLED,
    TRAINING_REMINDER,
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
    JP_BELOW_TARGET;

    /** Kinds that carry a calendar invite, and its iTIP method. */
    String calendarMethod() {
        return switch (this) {
            case TRAINING_INVITATION, TRAINING_UPDATE -> "REQUEST";
            case TRAINING_CANCELLED -> "CANCEL";
            default -> null;
        };
    }
}
