package id.kompeten.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The participant's answers to the needs survey (self-ratings are {@link CompetencyRating}s). */
@Entity
public class NeedsSurvey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    private String developmentGoal;
    private String preferredMode;
    private String submittedBy;
    private Instant submittedAt;

    protected NeedsSurvey() {}

    NeedsSurvey(String caseNumber, String developmentGoal, String preferredMode, String submittedBy,
                Instant submittedAt) {
        this.caseNumber = caseNumber;
        this.developmentGoal = developmentGoal;
        this.preferredMode = preferredMode;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public String getCaseNumber() { return caseNumber; }
    public String getDevelopmentGoal() { return developmentGoal; }
    public String getPreferredMode() { return preferredMode; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
}
