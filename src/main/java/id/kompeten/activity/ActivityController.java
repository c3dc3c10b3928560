package id.kompeten.activity;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.RequestRefused;
import id.kompeten.training.DevelopmentKind;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Activities over /api: HR of the employee's agency start one of any family but the scheduled course (which runs in
 * the employee's case); the employee, their supervisor, HR of the agency and the coach or mentor read it with its
 * evidence (sessions, attendance, modules, days present, semesters). One the caller may not read is 404.
 */
@RestController
class ActivityController {

    private final Activities activities;

    ActivityController(Activities activities) {
        this.activities = activities;
    }

    record SessionView(LocalDate heldOn, int minutes, String notes, String loggedBy) {}

    record SemesterView(int semester, int credits, BigDecimal gradePoint, String transcriptNumber, String studyStatus) {}

    record ActivityView(String activityNumber, String employeeNip, DevelopmentKind kind, String title, String coach,
                        ActivityStatus status, Instant startedAt, String goals, Integer plannedSessions,
                        List<SessionView> sessions, Integer goalsAttained, Integer appliedOnJob, Integer usefulness,
                        Integer coachHelpfulness, BigDecimal jp, String organiser, LocalDate startsOn,
                        LocalDate endsOn, Integer minutes, String certificateNumber, Integer modulesTotal,
                        Integer modulesCompleted, LocalDate completedOn, Boolean verified, String verificationNote,
                        Integer daysPresent, List<SemesterView> semesters, LocalDate returnedOn) {}

    @PostMapping("/api/activities")
    ResponseEntity<ActivityView> start(@RequestBody Activities.Start start) {
        DevelopmentActivity activity = activities.start(start);
        return ResponseEntity.created(URI.create("/api/activities/" + activity.getActivityNumber())).body(view(activity));
    }

    @GetMapping("/api/activities/{activityNumber}")
    ActivityView activity(@PathVariable String activityNumber) {
        return view(activities.readable(activityNumber).orElseThrow(() -> new RequestRefused(HttpStatus.NOT_FOUND,
                new FieldError("activityNumber", "activity.notFound", activityNumber))));
    }

    private ActivityView view(DevelopmentActivity a) {
        List<ActivitySession> logged = activities.sessionsOf(a);
        return new ActivityView(a.getActivityNumber(), a.getEmployeeNip(), a.getKind(), a.getTitle(), a.getCoach(),
                a.getStatus(), a.getStartedAt(), a.getGoals(), a.getPlannedSessions(),
                logged.stream().map(s -> new SessionView(s.getHeldOn(), s.getMinutes(), s.getNotes(), s.getLoggedBy()))
                        .toList(), a.getGoalsAttained(), a.getAppliedOnJob(), a.getUsefulness(), a.getCoachHelpfulness(),
                activities.jpFor(a, logged), a.getOrganiser(), a.getStartsOn(), a.getEndsOn(), a.getAttendedMinutes(),
                a.getCertificateNumber(), a.getModulesTotal(), a.getModulesCompleted(), a.getCompletedOn(),
                a.getVerified(), a.getVerificationNote(), a.getDaysPresent(),
                activities.semestersOf(a).stream().map(s -> new SemesterView(s.getSemester(), s.getCredits(),
                        s.getGradePoint(), s.getTranscriptNumber(), s.getStudyStatus())).toList(), a.getReturnedOn());
    }
}
