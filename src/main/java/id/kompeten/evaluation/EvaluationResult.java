package id.kompeten.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** One measured figure of a round: reaction, relevance, learning gain, transfer or the follow-up decision. */
@Entity
public class EvaluationResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    private int round;
    private String measure;
    private BigDecimal score;
    private String band;
    private String detail;
    private Instant evaluatedAt;

    protected EvaluationResult() {}

    EvaluationResult(String caseNumber, int round, String measure, BigDecimal score, String band, String detail,
                     Instant evaluatedAt) {
        this.caseNumber = caseNumber;
        this.round = round;
        this.measure = measure;
        this.score = score;
        this.band = band;
        this.detail = detail;
        this.evaluatedAt = evaluatedAt;
    }

    public String getCaseNumber() { return caseNumber; }
    public int getRound() { return round; }
    public String getMeasure() { return measure; }
    public BigDecimal getScore() { return score; }
    public String getBand() { return band; }
    public String getDetail() { return detail; }
    public Instant getEvaluatedAt() { return evaluatedAt; }
}
