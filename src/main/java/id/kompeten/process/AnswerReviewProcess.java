package id.kompeten.process;

/**
 * Ids and variables of {@code AnswerReviewProcess}: HR of an agency code with themes the free-text answers of a year
 * that no programme's review covers (cases outside the year's programmes, the activities beyond the courses), for the
 * agency's yearly report (business key: {@code <year> · <agency>}).
 */
public final class AnswerReviewProcess {

    private AnswerReviewProcess() {}

    public static final String PROCESS_ID = "AnswerReviewProcess";
    public static final String TASK_CODE_ANSWERS = "Task_CodeAgencyAnswers";

    public static final String AGENCY = "reviewAgency";
    public static final String YEAR = "reviewYear";
    /** Shown on the form: the agency and the year. */
    public static final String SUMMARY = "reviewSummary";
}
