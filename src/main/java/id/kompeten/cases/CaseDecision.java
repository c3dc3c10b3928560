package id.kompeten.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A person's decision in a case: the supervisor's approval of follow-up, HR's review of an escalation. */
@Entity
class CaseDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    private int round;
    private String kind;
    private String decision;
    private String reason;
    private String decidedBy;
    private Instant decidedAt;

    protected CaseDecision() {}

    public CaseDecision(String caseNumber, int round, String kind, String decision, String reason, String decidedBy,
                        Instant decidedAt) {
        this.caseNumber = caseNumber;
        this.round = round;
        this.kind = kind;
        this.decision = decision;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public String getCaseNumber() { return caseNumber; }
    public int getRound() { return round; }
    public String getKind() { return kind; }
    public String getDecision() { return decision; }
    public String getReason() { return reason; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
