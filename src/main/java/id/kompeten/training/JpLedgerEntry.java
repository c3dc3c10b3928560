package id.kompeten.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * JP credited to an employee's yearly ledger for one attended enrolment of a case, or for one verified claim of
 * learning done elsewhere (at most once each).
 */
@Entity
public class JpLedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String employeeNip;
    @Column(name = "ledger_year")
    private int year;
    private String caseNumber;
    private Long enrollmentId;
    private String activity;
    private int minutes;
    private BigDecimal jp;
    private Instant creditedAt;
    /** Issued when credited: KMP-JP-&lt;year&gt;-&lt;6 digits of the entry&gt; (SIASN's certificate number). */
    private String certificateNumber;
    @Enumerated(EnumType.STRING)
    private DevelopmentKind kind = DevelopmentKind.PELATIHAN;
    private Long learningClaimId;
    private Long activityId;
    /** A claim's organiser and dates as credited (an enrolment's are its session's). */
    private String organiser;
    private LocalDate startsOn;
    private LocalDate endsOn;

    protected JpLedgerEntry() {}

    /** A completed activity's credit (coaching, mentoring, ...): its sessions' span and minutes. */
    static JpLedgerEntry ofActivity(JpLedger.ActivityCredit activity, BigDecimal jp, Instant creditedAt) {
        JpLedgerEntry entry = new JpLedgerEntry(activity.employeeNip(), activity.endsOn().getYear(), null, null,
                activity.title(), activity.minutes(), jp, creditedAt);
        entry.kind = activity.kind();
        entry.activityId = activity.activityId();
        entry.organiser = activity.organiser();
        entry.startsOn = activity.startsOn();
        entry.endsOn = activity.endsOn();
        return entry;
    }

    /** A verified claim's credit. */
    static JpLedgerEntry ofClaim(JpLedger.ClaimCredit claim, BigDecimal jp, Instant creditedAt) {
        JpLedgerEntry entry = new JpLedgerEntry(claim.employeeNip(), claim.endsOn().getYear(), null, null, claim.title(),
                claim.minutes(), jp, creditedAt);
        entry.kind = claim.kind();
        entry.learningClaimId = claim.claimId();
        entry.organiser = claim.organiser();
        entry.startsOn = claim.startsOn();
        entry.endsOn = claim.endsOn();
        return entry;
    }

    JpLedgerEntry(String employeeNip, int year, String caseNumber, Long enrollmentId, String activity, int minutes,
                  BigDecimal jp, Instant creditedAt) {
        this.employeeNip = employeeNip;
        this.year = year;
        this.caseNumber = caseNumber;
        this.enrollmentId = enrollmentId;
        this.activity = activity;
        this.minutes = minutes;
        this.jp = jp;
        this.creditedAt = creditedAt;
    }

    /** Numbers the certificate once the entry has its id. */
    void issueCertificate() {
        this.certificateNumber = "KMP-JP-%d-%06d".formatted(year, id);
    }

    public Long getId() { return id; }
    public String getEmployeeNip() { return employeeNip; }
    public int getYear() { return year; }
    public String getCaseNumber() { return caseNumber; }
    public Long getEnrollmentId() { return enrollmentId; }
    public String getActivity() { return activity; }
    public int getMinutes() { return minutes; }
    public BigDecimal getJp() { return jp; }
    public Instant getCreditedAt() { return creditedAt; }
    public String getCertificateNumber() { return certificateNumber; }
    public DevelopmentKind getKind() { return kind; }
    public Long getLearningClaimId() { return learningClaimId; }
    public Long getActivityId() { return activityId; }
}
