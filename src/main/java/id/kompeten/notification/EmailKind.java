package id.kompeten.notification;

/**
 * Every email a case sends (the {@code emailKind} property of its step in the BPMN). Texts are in
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
    TASK_ESCALATION;

    /** Kinds that carry a calendar invite, and its iTIP method. */
    String calendarMethod() {
        return switch (this) {
            case TRAINING_INVITATION, TRAINING_UPDATE -> "REQUEST";
            case TRAINING_CANCELLED -> "CANCEL";
            default -> null;
        };
    }
}
