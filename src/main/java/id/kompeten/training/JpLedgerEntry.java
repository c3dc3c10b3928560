package id.kompeten.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** JP credited to an employee's yearly ledger for one attended enrolment (at most once each). */
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

    protected JpLedgerEntry() {}

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
}
