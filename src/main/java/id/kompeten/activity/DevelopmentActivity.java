package id.kompeten.activity;

import id.kompeten.training.DevelopmentKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A development activity with steps of its own: of the guided family (coaching, mentoring: its coach, the goals and
 * the closing assessment the coach recorded, the employee's rating) or of the event family (seminar, workshop, ...:
 * its organiser and dates, the attendance HR recorded, the employee's reflection). Each figure is written once, by
 * its owner.
 */
@Entity
public class DevelopmentActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String activityNumber;
    private String employeeNip;
    @Enumerated(EnumType.STRING)
    private DevelopmentKind kind;
    private String title;
    private String coach;
    @Enumerated(EnumType.STRING)
    private ActivityStatus status;
    private String startedBy;
    private Instant startedAt;
    private String processInstanceId;
    private String goals;
    private Integer plannedSessions;
    private Instant goalsAgreedAt;
    private Integer goalsAttained;
    private Integer appliedOnJob;
    private String closingNote;
    private Instant closedAt;
    private Integer usefulness;
    private Integer coachHelpfulness;
    private String participantComment;
    private Instant ratedAt;
    private String organiser;
    private java.time.LocalDate startsOn;
    private java.time.LocalDate endsOn;
    private Boolean attended;
    private Integer attendedMinutes;
    private String certificateNumber;
    private String attendanceRecordedBy;
    private Integer learningRating;
    private String actionPlan;
    private String caseNumber;
    private Integer modulesTotal;
    private Integer modulesCompleted;
    private java.time.LocalDate completedOn;
    private Boolean verified;
    private String verifiedBy;
    private String verificationNote;
    private Integer daysPresent;
    private java.time.LocalDate returnedOn;
    private String returnNote;

    protected DevelopmentActivity() {}

    /** An event the employee is registered for. */
    static DevelopmentActivity event(String activityNumber, String employeeNip, DevelopmentKind kind, String title,
                                     String organiser, java.time.LocalDate startsOn, java.time.LocalDate endsOn,
                                     String startedBy, Instant startedAt) {
        DevelopmentActivity event = new DevelopmentActivity(activityNumber, employeeNip, kind, title, null, startedBy,
                startedAt);
        event.organiser = organiser;
        event.startsOn = startsOn;
        event.endsOn = endsOn;
        return event;
    }

    /**
     * Self-paced learning on a platform (its organiser) with its modules, from the day of enrolment to the day it is
     * due; a placement in a host unit (its organiser) for a period with its mentor (its coach); further study at an
     * institution (its organiser) from its start to its planned end.
     */
    static DevelopmentActivity ofPeriod(String activityNumber, String employeeNip, DevelopmentKind kind, String title,
                                        String organiser, String mentor, Integer modulesTotal,
                                        java.time.LocalDate startsOn, java.time.LocalDate endsOn, String startedBy,
                                        Instant startedAt) {
        DevelopmentActivity activity = event(activityNumber, employeeNip, kind, title, organiser, startsOn, endsOn,
                startedBy, startedAt);
        activity.coach = mentor;
        activity.modulesTotal = modulesTotal;
        return activity;
    }

    DevelopmentActivity(String activityNumber, String employeeNip, DevelopmentKind kind, String title, String coach,
                        String startedBy, Instant startedAt) {
        this.activityNumber = activityNumber;
        this.employeeNip = employeeNip;
        this.kind = kind;
        this.title = title;
        this.coach = coach;
        this.status = ActivityStatus.STARTED;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    /** Of a case's development plan. */
    void ofCase(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void agreeGoals(String goals, int plannedSessions, Instant at) {
        expect(ActivityStatus.STARTED);
        this.goals = goals;
        this.plannedSessions = plannedSessions;
        this.goalsAgreedAt = at;
        this.status = ActivityStatus.IN_PROGRESS;
    }

    void close(int goalsAttained, int appliedOnJob, String note, Instant at) {
        expect(ActivityStatus.IN_PROGRESS);
        this.goalsAttained = goalsAttained;
        this.appliedOnJob = appliedOnJob;
        this.closingNote = note;
        this.closedAt = at;
        this.status = ActivityStatus.CLOSED;
    }

    void rate(int usefulness, int coachHelpfulness, String comment, Instant at) {
        expect(ActivityStatus.CLOSED);
        this.usefulness = usefulness;
        this.coachHelpfulness = coachHelpfulness;
        this.participantComment = comment;
        this.ratedAt = at;
        this.status = ActivityStatus.COMPLETED;
    }

    void recordAttendance(boolean attended, Integer minutes, String certificateNumber, String by) {
        expect(ActivityStatus.STARTED);
        this.attended = attended;
        this.attendedMinutes = attended ? minutes : null;
        this.certificateNumber = attended ? certificateNumber : null;
        this.attendanceRecordedBy = by;
        this.status = attended ? ActivityStatus.IN_PROGRESS : ActivityStatus.MISSED;
    }

    void reflect(int usefulness, int learningRating, String actionPlan, Instant at) {
        expect(ActivityStatus.IN_PROGRESS);
        this.usefulness = usefulness;
        this.learningRating = learningRating;
        this.actionPlan = actionPlan;
        this.ratedAt = at;
        this.status = ActivityStatus.COMPLETED;
    }

    /** The employee's report of self-paced learning: all modules done (in progress, to verify) or not (missed). */
    void reportCompletion(int modulesCompleted, Integer minutes, String certificateNumber, java.time.LocalDate completedOn,
                          int usefulness, int learningRating, String actionPlan, Instant at) {
        expect(ActivityStatus.STARTED);
        this.modulesCompleted = modulesCompleted;
        boolean completed = isAllModulesCompleted();
        this.attendedMinutes = completed ? minutes : null;
        this.certificateNumber = completed ? certificateNumber : null;
        this.completedOn = completed ? completedOn : null;
        this.usefulness = usefulness;
        this.learningRating = learningRating;
        this.actionPlan = actionPlan;
        this.ratedAt = at;
        this.status = completed ? ActivityStatus.IN_PROGRESS : ActivityStatus.MISSED;
    }

    boolean isAllModulesCompleted() {
        return modulesCompleted != null && modulesCompleted.equals(modulesTotal);
    }

    /** HR's check of a completion against its certificate: verified (completed, to credit) or refused. */
    void verifyCompletion(boolean verified, String note, String by) {
        expect(ActivityStatus.IN_PROGRESS);
        this.verified = verified;
        this.verificationNote = note;
        this.verifiedBy = by;
        this.status = verified ? ActivityStatus.COMPLETED : ActivityStatus.REFUSED;
    }

    /** The mentor's assessment after a placement: days present, minutes of guided learning, competence attained. */
    void assessPlacement(int daysPresent, int minutes, int competenceAttained, int appliedOnJob, String note, Instant at) {
        expect(ActivityStatus.STARTED);
        this.daysPresent = daysPresent;
        this.attendedMinutes = minutes;
        this.goalsAttained = competenceAttained;
        this.appliedOnJob = appliedOnJob;
        this.closingNote = note;
        this.closedAt = at;
        this.status = ActivityStatus.IN_PROGRESS;
    }

    /** A study's semester was recorded: under way; discontinued ends it without JP. */
    void semesterRecorded(boolean discontinued) {
        if (status != ActivityStatus.STARTED && status != ActivityStatus.CLOSED) {
            throw new IllegalStateException("activity " + activityNumber + " is " + status);
        }
        this.status = discontinued ? ActivityStatus.MISSED : ActivityStatus.STARTED;
    }

    /** The study's end: graduated, awaiting the return to duty. */
    void graduated(java.time.LocalDate on) {
        expect(ActivityStatus.STARTED);
        this.completedOn = on;
        this.status = ActivityStatus.CLOSED;
    }

    /** The supervisor's confirmation that the employee is back at work after the study. */
    void returnToDuty(java.time.LocalDate on, String note, Instant at) {
        expect(ActivityStatus.CLOSED);
        this.returnedOn = on;
        this.returnNote = note;
        this.closedAt = at;
        this.status = ActivityStatus.IN_PROGRESS;
    }

    private void expect(ActivityStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("activity " + activityNumber + " is " + status + ", not " + expected);
        }
    }

    public Long getId() { return id; }
    public String getActivityNumber() { return activityNumber; }
    public String getEmployeeNip() { return employeeNip; }
    public DevelopmentKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getCoach() { return coach; }
    public ActivityStatus getStatus() { return status; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getCaseNumber() { return caseNumber; }
    public String getGoals() { return goals; }
    public Integer getPlannedSessions() { return plannedSessions; }
    public Integer getGoalsAttained() { return goalsAttained; }
    public Integer getAppliedOnJob() { return appliedOnJob; }
    public String getClosingNote() { return closingNote; }
    public Instant getClosedAt() { return closedAt; }
    public Integer getUsefulness() { return usefulness; }
    public Integer getCoachHelpfulness() { return coachHelpfulness; }
    public String getParticipantComment() { return participantComment; }
    public String getOrganiser() { return organiser; }
    public java.time.LocalDate getStartsOn() { return startsOn; }
    public java.time.LocalDate getEndsOn() { return endsOn; }
    public Boolean getAttended() { return attended; }
    public Integer getAttendedMinutes() { return attendedMinutes; }
    public String getCertificateNumber() { return certificateNumber; }
    public Integer getLearningRating() { return learningRating; }
    public String getActionPlan() { return actionPlan; }
    public Integer getModulesTotal() { return modulesTotal; }
    public Integer getModulesCompleted() { return modulesCompleted; }
    public java.time.LocalDate getCompletedOn() { return completedOn; }
    public Boolean getVerified() { return verified; }
    public String getVerifiedBy() { return verifiedBy; }
    public String getVerificationNote() { return verificationNote; }
    public Integer getDaysPresent() { return daysPresent; }
    public java.time.LocalDate getReturnedOn() { return returnedOn; }
    public String getReturnNote() { return returnNote; }
}
