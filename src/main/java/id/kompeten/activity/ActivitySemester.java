package id.kompeten.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** One semester of a further study, as HR recorded it from the institution's transcript (written once). */
@Entity
public class ActivitySemester {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long activityId;
    private int semester;
    private int credits;
    private BigDecimal gradePoint;
    private String transcriptNumber;
    private String studyStatus;
    private String recordedBy;
    private Instant recordedAt;

    protected ActivitySemester() {}

    ActivitySemester(Long activityId, int semester, int credits, BigDecimal gradePoint, String transcriptNumber,
                     String studyStatus, String recordedBy, Instant recordedAt) {
        this.activityId = activityId;
        this.semester = semester;
        this.credits = credits;
        this.gradePoint = gradePoint;
        this.transcriptNumber = transcriptNumber;
        this.studyStatus = studyStatus;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getActivityId() { return activityId; }
    public int getSemester() { return semester; }
    public int getCredits() { return credits; }
    public BigDecimal getGradePoint() { return gradePoint; }
    public String getTranscriptNumber() { return transcriptNumber; }
    public String getStudyStatus() { return studyStatus; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
