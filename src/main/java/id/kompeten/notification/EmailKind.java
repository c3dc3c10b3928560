package id.kompeten.notification;

/**
 * The notices (emails not of a case; a case's emails are its features' kinds: CaseEmails', TrainingEmails').
 * Texts are in messages*.properties under {@code mail.<KIND>.subject} and {@code mail.<KIND>.body}.
 */
public enum EmailKind {
    /** Not of a case: a programme's published evaluation report, to the agency's heads. */
    PROGRAMME_REPORT_PUBLISHED,
    /** Not of a case: the third-quarter list of a supervisor's staff below the JP target. */
    JP_BELOW_TARGET
}
