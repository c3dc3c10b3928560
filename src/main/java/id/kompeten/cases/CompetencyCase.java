package id.kompeten.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** One participant's development cycle: the row behind a case number and its process instance. */
@Entity
public class CompetencyCase {

    @Id
    private String caseNumber;
    private String employeeNip;
    private int cycleYear;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    private String currentStep;
    private int round;
    private String processInstanceId;
    @Enumerated(EnumType.STRING)
    private CaseOutcome outcome;
    private String outcomeReason;
    private BigDecimal jpCredited;
    private String openedBy;
    private Instant openedAt;
    private Instant closedAt;

    protected CompetencyCase() {}

    CompetencyCase(String caseNumber, String employeeNip, int cycleYear, String openedBy, Instant openedAt) {
        this.caseNumber = caseNumber;
        this.employeeNip = employeeNip;
        this.cycleYear = cycleYear;
        this.status = CaseStatus.OPEN;
        this.round = 1;
        this.jpCredited = BigDecimal.ZERO;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void moveTo(String step, int round) {
        this.currentStep = step;
        this.round = round;
    }

    void close(CaseOutcome outcome, String reason, BigDecimal jpCredited, Instant at) {
        this.status = CaseStatus.CLOSED;
        this.outcome = outcome;
        this.outcomeReason = reason;
        this.jpCredited = jpCredited;
        this.currentStep = null;
        this.closedAt = at;
    }

    public String getCaseNumber() { return caseNumber; }
    public String getEmployeeNip() { return employeeNip; }
    public int getCycleYear() { return cycleYear; }
    public CaseStatus getStatus() { return status; }
    public String getCurrentStep() { return currentStep; }
    public int getRound() { return round; }
    public String getProcessInstanceId() { return processInstanceId; }
    public CaseOutcome getOutcome() { return outcome; }
    public String getOutcomeReason() { return outcomeReason; }
    public BigDecimal getJpCredited() { return jpCredited; }
    public String getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getClosedAt() { return closedAt; }
}
