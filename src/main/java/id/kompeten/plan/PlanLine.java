package id.kompeten.plan;

import id.kompeten.training.DevelopmentKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One planned activity for one competency: the employee's proposal as they wrote it, and the supervisor's approved
 * version (the same, changed, or dropped with the supervisor's reason). A line that is not a scheduled course runs
 * as a development activity of the case.
 */
@Entity
@Table(name = "development_plan_line")
public class PlanLine {

    /** What the supervisor decided of a line: kept (as proposed or changed) or dropped. */
    public record Approval(DevelopmentKind kind, int jp, BigDecimal cost, LocalDate startsOn, LocalDate endsOn,
                           String organiser) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    private String competencyCode;
    private String priority;
    @Enumerated(EnumType.STRING)
    private DevelopmentKind proposedKind;
    private int proposedJp;
    private BigDecimal proposedCost;
    private LocalDate proposedStartsOn;
    private LocalDate proposedEndsOn;
    private String proposedOrganiser;
    @Enumerated(EnumType.STRING)
    private DevelopmentKind kind;
    private Integer intendedJp;
    private BigDecimal cost;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String organiser;
    private String droppedReason;
    private Long activityId;

    protected PlanLine() {}

    PlanLine(String caseNumber, String competencyCode, String priority, Approval proposed) {
        this.caseNumber = caseNumber;
        this.competencyCode = competencyCode;
        this.priority = priority;
        this.proposedKind = proposed.kind();
        this.proposedJp = proposed.jp();
        this.proposedCost = proposed.cost();
        this.proposedStartsOn = proposed.startsOn();
        this.proposedEndsOn = proposed.endsOn();
        this.proposedOrganiser = proposed.organiser();
    }

    void approve(Approval approved) {
        this.kind = approved.kind();
        this.intendedJp = approved.jp();
        this.cost = approved.cost();
        this.startsOn = approved.startsOn();
        this.endsOn = approved.endsOn();
        this.organiser = approved.organiser();
        this.droppedReason = null;
    }

    void drop(String reason) {
        this.kind = null;
        this.intendedJp = null;
        this.cost = null;
        this.startsOn = null;
        this.endsOn = null;
        this.organiser = null;
        this.droppedReason = reason;
    }

    void runAs(long activityId) {
        this.activityId = activityId;
    }

    public boolean isDropped() { return droppedReason != null; }

    /** Kept in the approved plan, or dropped from it with the supervisor's reason. */
    public boolean isAddressed() {
        return kind != null || (droppedReason != null && !droppedReason.isBlank());
    }

    public Approval proposal() {
        return new Approval(proposedKind, proposedJp, proposedCost, proposedStartsOn, proposedEndsOn, proposedOrganiser);
    }

    public Long getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public String getCompetencyCode() { return competencyCode; }
    public String getPriority() { return priority; }
    public DevelopmentKind getKind() { return kind; }
    public Integer getIntendedJp() { return intendedJp; }
    public BigDecimal getCost() { return cost; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public String getOrganiser() { return organiser; }
    public String getDroppedReason() { return droppedReason; }
    public Long getActivityId() { return activityId; }
}
