package id.kompeten.survey;

/** Who rated a competency, and of what. */
public enum RatingSource {
    /** The participant's self-rating in the needs survey. */
    SELF,
    /** The supervisor's assessment before training. */
    SUPERVISOR,
    /** The supervisor's rating of application on the job, in the interview after training. */
    ON_THE_JOB
}
