package id.kompeten.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** One logged session of a guided activity, as its coach logged it (written once). */
@Entity
public class ActivitySession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long activityId;
    private LocalDate heldOn;
    private int minutes;
    private String notes;
    private String loggedBy;
    private Instant loggedAt;

    protected ActivitySession() {}

    ActivitySession(Long activityId, LocalDate heldOn, int minutes, String notes, String loggedBy, Instant loggedAt) {
        this.activityId = activityId;
        this.heldOn = heldOn;
        this.minutes = minutes;
        this.notes = notes;
        this.loggedBy = loggedBy;
        this.loggedAt = loggedAt;
    }

    public Long getId() { return id; }
    public Long getActivityId() { return activityId; }
    public LocalDate getHeldOn() { return heldOn; }
    public int getMinutes() { return minutes; }
    public String getNotes() { return notes; }
    public String getLoggedBy() { return loggedBy; }
    public Instant getLoggedAt() { return loggedAt; }
}
