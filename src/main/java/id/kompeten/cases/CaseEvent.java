package id.kompeten.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One line of a case's timeline: a step done, by whom, when. {@link CaseTimeline} writes and reads it.
 */
@Entity
class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    private String stepId;
    private String stepName;
    private String actor;
    private Instant occurredAt;
    private String detail;

    protected CaseEvent() {}

    public Long getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public String getStepId() { return stepId; }
    public String getStepName() { return stepName; }
    public String getActor() { return actor; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getDetail() { return detail; }
}
