package id.kompeten.training;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;

/** A participant's seat in a session within one round of their case, and its results. */
@Entity
public class Enrollment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private TrainingSession session;
    private String employeeNip;
    private int round;
    @Enumerated(EnumType.STRING)
    private EnrollmentStatus status;
    private Integer attendedMinutes;
    private Integer preTestScore;
    private Integer postTestScore;
    private BigDecimal cost;
    private Instant enrolledAt;
    /** SEQUENCE of the calendar invite (UID = enrolment); raised whenever the enrolment changes. */
    private int inviteSequence;
    private String cancellationReason;

    protected Enrollment() {}

    Enrollment(String caseNumber, TrainingSession session, String employeeNip, int round, Instant enrolledAt) {
        this.caseNumber = caseNumber;
        this.session = session;
        this.employeeNip = employeeNip;
        this.round = round;
        this.status = EnrollmentStatus.ENROLLED;
        this.cost = session.getCostPerParticipant();
        this.enrolledAt = enrolledAt;
    }

    void recordAttendance(int minutes, int preTest, int postTest) {
        this.status = EnrollmentStatus.ATTENDED;
        this.attendedMinutes = minutes;
        this.preTestScore = preTest;
        this.postTestScore = postTest;
    }

    /** A correction of a recorded result (see ResultCorrections); the value it replaces. */
    int correct(String figure, int value) {
        int old;
        switch (figure) {
            case "attendedMinutes" -> { old = attendedMinutes; attendedMinutes = value; }
            case "preTestScore" -> { old = preTestScore; preTestScore = value; }
            case "postTestScore" -> { old = postTestScore; postTestScore = value; }
            default -> throw new IllegalArgumentException("not a recorded result: " + figure);
        }
        return old;
    }

    void recordAbsence() {
        this.status = EnrollmentStatus.ABSENT;
        this.attendedMinutes = 0;
    }

    void cancel(String reason) {
        this.status = EnrollmentStatus.CANCELLED;
        this.cancellationReason = reason;
        this.inviteSequence++;
    }

    void sessionRescheduled() {
        this.inviteSequence++;
    }

    public Long getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public TrainingSession getSession() { return session; }
    public String getEmployeeNip() { return employeeNip; }
    public int getRound() { return round; }
    public EnrollmentStatus getStatus() { return status; }
    public Integer getAttendedMinutes() { return attendedMinutes; }
    public Integer getPreTestScore() { return preTestScore; }
    public Integer getPostTestScore() { return postTestScore; }
    public BigDecimal getCost() { return cost; }
    public Instant getEnrolledAt() { return enrolledAt; }
    public int getInviteSequence() { return inviteSequence; }
    public String getCancellationReason() { return cancellationReason; }
}
