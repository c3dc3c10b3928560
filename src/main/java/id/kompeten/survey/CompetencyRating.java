package id.kompeten.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One rating (1-5) of one competency in a case. */
@Entity
public class CompetencyRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    private int round;
    private String competencyCode;
    @Enumerated(EnumType.STRING)
    private RatingSource source;
    private int rating;
    private String ratedBy;
    private Instant ratedAt;

    protected CompetencyRating() {}

    CompetencyRating(String caseNumber, int round, String competencyCode, RatingSource source, int rating,
                     String ratedBy, Instant ratedAt) {
        this.caseNumber = caseNumber;
        this.round = round;
        this.competencyCode = competencyCode;
        this.source = source;
        this.rating = rating;
        this.ratedBy = ratedBy;
        this.ratedAt = ratedAt;
    }

    public String getCaseNumber() { return caseNumber; }
    public int getRound() { return round; }
    public String getCompetencyCode() { return competencyCode; }
    public RatingSource getSource() { return source; }
    public int getRating() { return rating; }
    public String getRatedBy() { return ratedBy; }
    public Instant getRatedAt() { return ratedAt; }
}
