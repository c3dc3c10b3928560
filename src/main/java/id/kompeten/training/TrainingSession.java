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

/** One scheduled run of a course, with its seats, cost and length, paid from a programme budget. */
@Entity
public class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "course_code")
    private TrainingCourse course;
    @ManyToOne(optional = false)
    @JoinColumn(name = "budget_code")
    private ProgrammeBudget budget;
    @Enumerated(EnumType.STRING)
    private TrainingMode mode;
    private Instant startsAt;
    private Instant endsAt;
    private String location;
    private String onlineLink;
    private int seats;
    private BigDecimal costPerParticipant;
    private int minutes;

    protected TrainingSession() {}

    public TrainingSession(TrainingCourse course, ProgrammeBudget budget, TrainingMode mode, Instant startsAt,
                           Instant endsAt, String location, String onlineLink, int seats,
                           BigDecimal costPerParticipant, int minutes) {
        this.course = course;
        this.budget = budget;
        this.mode = mode;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.location = location;
        this.onlineLink = onlineLink;
        this.seats = seats;
        this.costPerParticipant = costPerParticipant;
        this.minutes = minutes;
    }

    /** HR moves the session (or its place); enrolled participants get an updated invite. */
    void reschedule(Instant startsAt, Instant endsAt, String location, String onlineLink) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.location = location;
        this.onlineLink = onlineLink;
    }

    public boolean overlaps(TrainingSession other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    public Long getId() { return id; }
    public TrainingCourse getCourse() { return course; }
    public ProgrammeBudget getBudget() { return budget; }
    public TrainingMode getMode() { return mode; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getLocation() { return location; }
    public String getOnlineLink() { return onlineLink; }
    public int getSeats() { return seats; }
    public BigDecimal getCostPerParticipant() { return costPerParticipant; }
    public int getMinutes() { return minutes; }
}
