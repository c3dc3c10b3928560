package id.kompeten.training;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.RequestRefused;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.CaseVariables;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.process.TrustedEngineCalls;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to an enrolment after the invite went out: HR withdraws a participant, or moves a session. Each
 * change raises the invite's SEQUENCE and tells the waiting case by message, which then emails the
 * cancellation or the updated invite (same UID), all in one transaction with the change.
 */
@Service
@Transactional
public class EnrollmentChanges {

    static final int MAX_TEXT = 500;

    private final Enrollments enrollments;
    private final TrainingSessionRepository sessions;
    private final EmployeeDirectory employees;
    private final TrainingCourseRepository courses;
    private final ProgrammeBudgetRepository budgets;
    private final RuntimeService runtime;
    private final CaseEmployees caseEmployees;
    private final TrustedEngineCalls asApplication;
    private final Clock clock;

    EnrollmentChanges(Enrollments enrollments, TrainingSessionRepository sessions, EmployeeDirectory employees,
                      TrainingCourseRepository courses, ProgrammeBudgetRepository budgets, RuntimeService runtime,
                      CaseEmployees caseEmployees, TrustedEngineCalls asApplication, Clock clock) {
        this.caseEmployees = caseEmployees;
        this.asApplication = asApplication;
        this.enrollments = enrollments;
        this.sessions = sessions;
        this.employees = employees;
        this.courses = courses;
        this.budgets = budgets;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** The variables the case's timers and forms read from the session it is enrolled in. */
    static Map<String, Object> timing(TrainingSession session) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.TRAINING_ENDS_AT, Date.from(session.getEndsAt()));
        variables.put(CaseVariables.TRAINING_REMIND_AT, Date.from(session.getStartsAt().minus(Duration.ofDays(1))));
        variables.put(CaseVariables.SESSION_SUMMARY, SessionOffer.summary(session));
        return variables;
    }

    /** HR withdraws a participant; {@code mayManage} says whether the caller serves the employee's agency. */
    public Enrollment cancel(String caseNumber, String reason, Predicate<String> mayManageAgency) {
        // the case's employee, enrolled or not: a case that waits for no session is a conflict, not a missing case
        caseEmployees.of(caseNumber)
                .filter(employee -> mayManageAgency.test(employee.getAgency()))
                .orElseThrow(() -> new RequestRefused(HttpStatus.NOT_FOUND, new FieldError("caseNumber",
                        "case.notFound", caseNumber)));
        return cancel(caseNumber, reason);
    }

    public Enrollment cancel(String caseNumber, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError("reason", "form.required"));
        }
        if (reason.length() > MAX_TEXT) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError("reason", "form.text.tooLong", MAX_TEXT));
        }
        Enrollment cancelled = enrollments.cancel(caseNumber, reason.strip());
        try {
            // HR hold no UPDATE on process instances (that would open /engine-rest to them): the API tells the case
            asApplication.run(() -> runtime.createMessageCorrelation(CaseProcess.MESSAGE_ENROLLMENT_CANCELLED)
                    .processInstanceBusinessKey(caseNumber).correlate());
        } catch (MismatchingMessageCorrelationException notWaiting) {
            // the invite step of this enrolment has not run yet: cancel once the case waits for the session
            throw new RequestRefused(HttpStatus.CONFLICT, new FieldError("caseNumber", "enrollment.notWaiting",
                    caseNumber));
        }
        return cancelled;
    }

    /** HR moves a session of a budget of an agency it serves ({@code mayManageAgency}). */
    public List<Enrollment> reschedule(Long sessionId, Instant startsAt, Instant endsAt, String location,
                                       String onlineLink, Predicate<String> mayManageAgency) {
        sessions.findById(sessionId).filter(s -> mayManageAgency.test(s.getBudget().getAgency()))
                .orElseThrow(() -> new RequestRefused(HttpStatus.NOT_FOUND, new FieldError("sessionId",
                        "session.notFound", String.valueOf(sessionId))));
        return reschedule(sessionId, startsAt, endsAt, location, onlineLink);
    }

    public List<Enrollment> reschedule(Long sessionId, Instant startsAt, Instant endsAt, String location,
                                       String onlineLink) {
        check(startsAt, endsAt, location, onlineLink);
        List<Enrollment> waiting = enrollments.reschedule(sessionId, startsAt, endsAt, blankToNull(location),
                blankToNull(onlineLink));
        // as in cancel: the caller's agency was checked, the engine calls are the API's own
        asApplication.run(() -> waiting.forEach(this::tellCase));
        return waiting;
    }

    private void tellCase(Enrollment enrollment) {
        Map<String, Object> timing = timing(enrollment.getSession());
        // one instance per case number; a bounded page, since the engine refuses unbounded queries
        runtime.createProcessInstanceQuery().processDefinitionKey(CaseProcess.PROCESS_ID)
                .processInstanceBusinessKey(enrollment.getCaseNumber()).listPage(0, 10)
                .forEach(instance -> runtime.setVariables(instance.getId(), timing));
        // a case still sending its first invite has none to update: that invite carries the new schedule
        runtime.createMessageCorrelation(CaseProcess.MESSAGE_SESSION_RESCHEDULED)
                .processInstanceBusinessKey(enrollment.getCaseNumber()).correlateAll();
    }

    /** A session to offer: the course, how it is held, when and where, seats, cost per seat and length. */
    public record NewSession(String courseCode, String mode, Instant startsAt, Instant endsAt, String location,
                             String onlineLink, Integer seats, BigDecimal costPerParticipant, Integer minutes) {}

    /** Offers a new session paid from {@code budgetCode} (a programme's budget); bad input: 400 naming the field. */
    public TrainingSession addSession(NewSession s, String budgetCode) {
        TrainingCourse course = s.courseCode() == null ? null : courses.findById(s.courseCode()).orElse(null);
        if (course == null) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError("courseCode", "session.course.unknown",
                    s.courseCode()));
        }
        TrainingMode mode = java.util.Arrays.stream(TrainingMode.values()).filter(m -> m.name().equals(s.mode()))
                .findFirst().orElseThrow(() -> new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError("mode",
                        "form.choice.allowed", "KLASIKAL, E_LEARNING, BLENDED")));
        check(s.startsAt(), s.endsAt(), s.location(), s.onlineLink());
        if (blankToNull(s.location()) == null && blankToNull(s.onlineLink()) == null) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError("location", "session.place.required"));
        }
        if (s.seats() == null || s.seats() < 1 || s.seats() > 1000) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError("seats", "form.integer.range", 1, 1000));
        }
        if (s.costPerParticipant() == null || s.costPerParticipant().signum() < 0
                || s.costPerParticipant().compareTo(new BigDecimal("1000000000")) > 0
                || s.costPerParticipant().stripTrailingZeros().scale() > 0) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError("costPerParticipant", "session.cost.range"));
        }
        long length = java.time.Duration.between(s.startsAt(), s.endsAt()).toMinutes();
        if (s.minutes() == null || s.minutes() < 1 || s.minutes() > length) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError("minutes", "form.integer.range", 1, length));
        }
        ProgrammeBudget budget = budgets.findById(budgetCode).orElseThrow(() -> new RequestRefused(
                HttpStatus.BAD_REQUEST, new FieldError("budgetCode", "programme.budget.unknown", budgetCode)));
        return sessions.save(new TrainingSession(course, budget, mode, s.startsAt(), s.endsAt(), blankToNull(s.location()),
                blankToNull(s.onlineLink()), s.seats(), s.costPerParticipant(), s.minutes()));
    }

    private void check(Instant startsAt, Instant endsAt, String location, String onlineLink) {
        if (startsAt == null) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError("startsAt", "form.required"));
        }
        if (!startsAt.isAfter(clock.instant())) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError("startsAt", "session.startsAt.past"));
        }
        if (endsAt == null) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError("endsAt", "form.required"));
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError("endsAt", "session.endsAt.beforeStart"));
        }
        if (location != null && location.length() > MAX_TEXT) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError("location", "form.text.tooLong", MAX_TEXT));
        }
        if (onlineLink != null && !onlineLink.isBlank() && !onlineLink.strip().matches("https://[^\\s<>\"]{1,490}")) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError("onlineLink", "session.onlineLink.invalid"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
