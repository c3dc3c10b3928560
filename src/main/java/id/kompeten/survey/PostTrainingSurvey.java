package id.kompeten.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The participant's reaction to one attended session (Likert items 1-5) and their action plan. */
@Entity
public class PostTrainingSurvey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    private int round;
    private Long sessionId;
    private int relevance;
    private int material;
    private int trainer;
    private int scheduleFit;
    private int overall;
    private int confidence;
    private String actionPlan;
    private String comments;
    private String submittedBy;
    private Instant submittedAt;

    protected PostTrainingSurvey() {}

    PostTrainingSurvey(String caseNumber, int round, Long sessionId, int relevance, int material, int trainer,
                       int scheduleFit, int overall, int confidence, String actionPlan, String comments,
                       String submittedBy, Instant submittedAt) {
        this.caseNumber = caseNumber;
        this.round = round;
        this.sessionId = sessionId;
        this.relevance = relevance;
        this.material = material;
        this.trainer = trainer;
        this.scheduleFit = scheduleFit;
        this.overall = overall;
        this.confidence = confidence;
        this.actionPlan = actionPlan;
        this.comments = comments;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public String getCaseNumber() { return caseNumber; }
    public int getRound() { return round; }
    public Long getSessionId() { return sessionId; }
    public int getRelevance() { return relevance; }
    public int getMaterial() { return material; }
    public int getTrainer() { return trainer; }
    public int getScheduleFit() { return scheduleFit; }
    public int getOverall() { return overall; }
    public int getConfidence() { return confidence; }
    public String getActionPlan() { return actionPlan; }
    public String getComments() { return comments; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
}
