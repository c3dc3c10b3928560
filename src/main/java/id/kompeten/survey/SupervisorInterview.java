package id.kompeten.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The supervisor's interview on behaviour at work after training (ratings are {@link CompetencyRating}s). */
@Entity
public class SupervisorInterview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    private int round;
    private String behaviourNotes;
    private String interviewedBy;
    private Instant interviewedAt;

    protected SupervisorInterview() {}

    SupervisorInterview(String caseNumber, int round, String behaviourNotes, String interviewedBy,
                        Instant interviewedAt) {
        this.caseNumber = caseNumber;
        this.round = round;
        this.behaviourNotes = behaviourNotes;
        this.interviewedBy = interviewedBy;
        this.interviewedAt = interviewedAt;
    }

    public String getCaseNumber() { return caseNumber; }
    public int getRound() { return round; }
    public String getBehaviourNotes() { return behaviourNotes; }
    public String getInterviewedBy() { return interviewedBy; }
    public Instant getInterviewedAt() { return interviewedAt; }
}
