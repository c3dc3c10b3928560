package id.kompeten.learning;

import id.kompeten.training.DevelopmentKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Learning done elsewhere, as its claimant recorded it (written once), and HR's decision on it (written once).
 * The certificate file itself is in {@code learning_claim_certificate}; here its type, size and SHA-256.
 */
@Entity
public class LearningClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String claimNumber;
    private String employeeNip;
    @Enumerated(EnumType.STRING)
    private DevelopmentKind kind;
    private String title;
    private String organiser;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private int minutes;
    @Enumerated(EnumType.STRING)
    private ClaimStatus status;
    private String submittedBy;
    private Instant submittedAt;
    private String certificateType;
    private int certificateSize;
    private String certificateSha256;
    private String processInstanceId;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionReason;

    protected LearningClaim() {}

    LearningClaim(String claimNumber, String employeeNip, DevelopmentKind kind, String title, String organiser,
                  LocalDate startsOn, LocalDate endsOn, int minutes, String submittedBy, Instant submittedAt,
                  CertificateFile certificate) {
        this.claimNumber = claimNumber;
        this.employeeNip = employeeNip;
        this.kind = kind;
        this.title = title;
        this.organiser = organiser;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.minutes = minutes;
        this.status = ClaimStatus.SUBMITTED;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.certificateType = certificate.mediaType();
        this.certificateSize = certificate.size();
        this.certificateSha256 = certificate.sha256();
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** HR's decision, once: a claim already decided keeps its first decision. */
    void decide(ClaimStatus decision, String by, Instant at, String reason) {
        if (status != ClaimStatus.SUBMITTED) {
            throw new IllegalStateException("claim " + claimNumber + " was already " + status);
        }
        if (decision == ClaimStatus.SUBMITTED) {
            throw new IllegalArgumentException("a decision verifies or refuses");
        }
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionReason = reason;
    }

    public Long getId() { return id; }
    public String getClaimNumber() { return claimNumber; }
    public String getEmployeeNip() { return employeeNip; }
    public DevelopmentKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getOrganiser() { return organiser; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public int getMinutes() { return minutes; }
    public ClaimStatus getStatus() { return status; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getCertificateType() { return certificateType; }
    public int getCertificateSize() { return certificateSize; }
    public String getCertificateSha256() { return certificateSha256; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionReason() { return decisionReason; }
}
