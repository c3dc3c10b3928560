package id.kompeten.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A civil servant's development plan of one year (rencana pengembangan kompetensi individu), made in their case: the
 * employee proposes it, the supervisor approves or changes it, HR confirm it where it goes beyond the agency's budget.
 */
@Entity
public class DevelopmentPlan {

    public enum Status { PROPOSED, OVER_BUDGET, APPROVED }

    @Id
    private String caseNumber;
    private int cycleYear;
    private String agency;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String proposedBy;
    private Instant proposedAt;
    private String approvedBy;
    private Instant approvedAt;
    private String approvalNote;
    private BigDecimal totalCost;
    private BigDecimal budgetLeft;
    private String budgetConfirmedBy;
    private Instant budgetConfirmedAt;
    private String budgetNote;

    protected DevelopmentPlan() {}

    DevelopmentPlan(String caseNumber, int cycleYear, String agency, String proposedBy, Instant proposedAt) {
        this.caseNumber = caseNumber;
        this.cycleYear = cycleYear;
        this.agency = agency;
        this.status = Status.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    void approved(String by, Instant at, String note, BigDecimal total) {
        this.approvedBy = by;
        this.approvedAt = at;
        this.approvalNote = note;
        this.totalCost = total;
        this.status = Status.PROPOSED;
    }

    /** The budget check's result: approved within the budget left, or waiting for HR. */
    void checked(BigDecimal left) {
        this.budgetLeft = left;
        this.status = totalCost.compareTo(left) <= 0 ? Status.APPROVED : Status.OVER_BUDGET;
    }

    /** HR's answer to a plan beyond the budget: confirmed (approved), or back to the supervisor. */
    void budgetDecided(boolean confirmed, String by, Instant at, String note) {
        this.budgetConfirmedBy = by;
        this.budgetConfirmedAt = at;
        this.budgetNote = note;
        this.status = confirmed ? Status.APPROVED : Status.PROPOSED;
    }

    public String getCaseNumber() { return caseNumber; }
    public int getCycleYear() { return cycleYear; }
    public String getAgency() { return agency; }
    public Status getStatus() { return status; }
    public String getProposedBy() { return proposedBy; }
    public Instant getProposedAt() { return proposedAt; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getApprovalNote() { return approvalNote; }
    public BigDecimal getTotalCost() { return totalCost; }
    public BigDecimal getBudgetLeft() { return budgetLeft; }
    public String getBudgetConfirmedBy() { return budgetConfirmedBy; }
    public String getBudgetNote() { return budgetNote; }
}
