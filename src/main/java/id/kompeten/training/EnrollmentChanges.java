package id.kompeten.training;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.RequestRefused;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.CaseVariables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import id.kompeten.employee.EmployeeDirectory;
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
    private final RuntimeService runtime;
    private final Clock clock;

    EnrollmentChanges(Enrollments enrollments, TrainingSessionRepository sessions, EmployeeDirectory employees,
                      RuntimeService runtime, Clock clock) {
        this.enrollments = enrollments;
        this.sessions = sessions;
        this.employees = employees;
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
        enrollments.latest(caseNumber).map(Enrollment::getEmployeeNip).flatMap(employees::find)
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
            runtime.createMessageCorrelation(CaseProcess.MESSAGE_ENROLLMENT_CANCELLED)
                    .processInstanceBusinessKey(caseNumber).correlate();
        } catch (MismatchingMessageCorrelationException notWaiting) {
            // the invite of this enrolment is still being sent: cancel once the case waits for the session
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
                        "session.notFound", sessionId)));
        return reschedule(sessionId, startsAt, endsAt, location, onlineLink);
    }

    public List<Enrollment> reschedule(Long sessionId, Instant startsAt, Instant endsAt, String location,
                                       String onlineLink) {
        check(startsAt, endsAt, location, onlineLink);
        List<Enrollment> waiting = enrollments.reschedule(sessionId, startsAt, endsAt, blankToNull(location),
                blankToNull(onlineLink));
        for (Enrollment enrollment : waiting) {
            Map<String, Object> timing = timing(enrollment.getSession());
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(enrollment.getCaseNumber()).list()
                    .forEach(instance -> runtime.setVariables(instance.getId(), timing));
            // a case still sending its first invite has none to update: that invite carries the new schedule
            runtime.createMessageCorrelation(CaseProcess.MESSAGE_SESSION_RESCHEDULED)
                    .processInstanceBusinessKey(enrollment.getCaseNumber()).correlateAll();
        }
        return waiting;
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
