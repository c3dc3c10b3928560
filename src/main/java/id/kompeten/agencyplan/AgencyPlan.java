package id.kompeten.agencyplan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * An agency's annual competency development plan (rencana pengembangan kompetensi tahunan): HR prepare it, the head
 * of the agency sets it (approves) or returns it with a note, and HR prepare it again.
 */
@Entity
public class AgencyPlan {

    public enum Status { PREPARING, SUBMITTED, APPROVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String planNumber;
    private String agency;
    private int planYear;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String head;
    private String startedBy;
    private Instant startedAt;
    private String preparedBy;
    private Instant preparedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;
    private String processInstanceId;

    protected AgencyPlan() {}

    AgencyPlan(String planNumber, String agency, int planYear, String head, String startedBy, Instant startedAt) {
        this.planNumber = planNumber;
        this.agency = agency;
        this.planYear = planYear;
        this.head = head;
        this.status = Status.PREPARING;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void prepared(String by, Instant at) {
        this.preparedBy = by;
        this.preparedAt = at;
        this.status = Status.SUBMITTED;
    }

    /** The head's decision: set (approved, final), or returned to HR with the note. */
    void decided(boolean approved, String note, String by, Instant at) {
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionNote = note;
        this.status = approved ? Status.APPROVED : Status.PREPARING;
    }

    public Long getId() { return id; }
    public String getPlanNumber() { return planNumber; }
    public String getAgency() { return agency; }
    public int getPlanYear() { return planYear; }
    public Status getStatus() { return status; }
    public String getHead() { return head; }
    public String getStartedBy() { return startedBy; }
    public String getPreparedBy() { return preparedBy; }
    public Instant getPreparedAt() { return preparedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionNote() { return decisionNote; }
    public String getProcessInstanceId() { return processInstanceId; }
}
