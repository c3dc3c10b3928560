package id.kompeten.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** A ranked training need of one round: a competency with a gap and its DMN priority. */
@Entity
public class TrainingNeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    private int round;
    private String competencyCode;
    private int requiredLevel;
    private BigDecimal currentLevel;
    private BigDecimal gap;
    private String priority;
    private int priorityRank;

    protected TrainingNeed() {}

    TrainingNeed(String caseNumber, int round, String competencyCode, int requiredLevel, BigDecimal currentLevel,
                 BigDecimal gap, String priority, int priorityRank) {
        this.caseNumber = caseNumber;
        this.round = round;
        this.competencyCode = competencyCode;
        this.requiredLevel = requiredLevel;
        this.currentLevel = currentLevel;
        this.gap = gap;
        this.priority = priority;
        this.priorityRank = priorityRank;
    }

    public String getCaseNumber() { return caseNumber; }
    public int getRound() { return round; }
    public String getCompetencyCode() { return competencyCode; }
    public int getRequiredLevel() { return requiredLevel; }
    public BigDecimal getCurrentLevel() { return currentLevel; }
    public BigDecimal getGap() { return gap; }
    public String getPriority() { return priority; }
    public int getPriorityRank() { return priorityRank; }
}
