package id.kompeten.agencyplan;

import id.kompeten.training.DevelopmentKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One planned activity of the agency's year, with what PP 11/2017 Ps. 207 (3) names: the competency, the target
 * group, the form of development, the organiser, the schedule, the curriculum it follows and the budget; and how
 * many take part, with how many JP each.
 */
@Entity
public class AgencyPlanLine {

    /** A line as HR write it. */
    public record Content(String competencyCode, DevelopmentKind kind, String targetGroup, int participants, int jp,
                          BigDecimal budget, String organiser, LocalDate startsOn, LocalDate endsOn,
                          String curriculum) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long planId;
    private int lineNo;
    private String competencyCode;
    @Enumerated(EnumType.STRING)
    private DevelopmentKind kind;
    private String targetGroup;
    private int participants;
    private int jp;
    private BigDecimal budget;
    private String organiser;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String curriculum;

    protected AgencyPlanLine() {}

    AgencyPlanLine(long planId, int lineNo, Content c) {
        this.planId = planId;
        this.lineNo = lineNo;
        this.competencyCode = c.competencyCode();
        this.kind = c.kind();
        this.targetGroup = c.targetGroup();
        this.participants = c.participants();
        this.jp = c.jp();
        this.budget = c.budget();
        this.organiser = c.organiser();
        this.startsOn = c.startsOn();
        this.endsOn = c.endsOn();
        this.curriculum = c.curriculum();
    }

    public Content content() {
        return new Content(competencyCode, kind, targetGroup, participants, jp, budget, organiser, startsOn, endsOn,
                curriculum);
    }

    public Long getId() { return id; }
    public long getPlanId() { return planId; }
    public int getLineNo() { return lineNo; }
}
