package id.kompeten.training;

import id.kompeten.evaluation.JpCalculator;
import java.math.BigDecimal;
import id.kompeten.forms.FieldError;
import id.kompeten.forms.RequestRefused;
import java.time.Clock;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enrols participants (by {@link EnrollmentRules}: seats, budget, clashes), records results, and credits JP. */
@Service
@Transactional
public class Enrollments {

    /** Enrolments that hold a seat, cost budget and block the participant's time. */
    static final Set<EnrollmentStatus> HOLDING_A_SEAT = Set.of(EnrollmentStatus.ENROLLED, EnrollmentStatus.ATTENDED);

    private final TrainingSessionRepository sessions;
    private final EnrollmentRepository enrollments;
    private final JpLedgerRepository ledger;
    private final EnrollmentRules rules;
    private final JpCalculator jp;
    private final Clock clock;

    Enrollments(TrainingSessionRepository sessions, EnrollmentRepository enrollments, JpLedgerRepository ledger,
                EnrollmentRules rules, JpSettings jpSettings, Clock clock) {
        this.sessions = sessions;
        this.enrollments = enrollments;
        this.ledger = ledger;
        this.rules = rules;
        this.jp = new JpCalculator(jpSettings.minutesPerJp());
        this.clock = clock;
    }

    /** Why an enrolment was refused, in words HR acts on. */
    public static class EnrollmentRefused extends RuntimeException {
        EnrollmentRefused(String reason) {
            super(reason);
        }
    }

    /** A refusal is an answer, not a failure: it must not doom the engine's transaction. */
    @Transactional(noRollbackFor = EnrollmentRefused.class)
    public Enrollment enroll(String caseNumber, String employeeNip, int round, Long sessionId) {
        TrainingSession session = sessions.findForEnrolment(sessionId)
                .orElseThrow(() -> new EnrollmentRefused("Sesi %d tidak ada.".formatted(sessionId)));
        // the session is locked: its seats are counted and taken one enrolment at a time, by the offer's rules
        rules.check(caseNumber, employeeNip, List.of(session)).of(session).ifPresent(refusal -> {
            throw new EnrollmentRefused(refusal.text());
        });
        return enrollments.save(new Enrollment(caseNumber, session, employeeNip, round, clock.instant()));
    }

    /** The enrolment waiting for results in a case (the latest still ENROLLED). */
    @Transactional(readOnly = true)
    public Enrollment current(String caseNumber) {
        return enrollments.findFirstByCaseNumberAndStatusOrderByEnrolledAtDesc(caseNumber, EnrollmentStatus.ENROLLED)
                .orElseThrow(() -> new IllegalStateException("no open enrolment in " + caseNumber));
    }

    public void recordAttendance(Enrollment enrollment, int minutes, int preTest, int postTest) {
        enrollment.recordAttendance(minutes, preTest, postTest);
    }

    public void recordAbsence(Enrollment enrollment) {
        enrollment.recordAbsence();
    }

    /**
     * Credits every attended enrolment of the case not yet credited to the employee's ledger of the year
     * the session ended in (WIB), and returns the case's total JP.
     */
    public BigDecimal creditJp(String caseNumber) {
        for (Enrollment e : enrollments.findByCaseNumberOrderByEnrolledAt(caseNumber)) {
            if (e.getStatus() == EnrollmentStatus.ATTENDED && !ledger.existsByEnrollmentId(e.getId())) {
                TrainingSession s = e.getSession();
                ledger.save(new JpLedgerEntry(e.getEmployeeNip(), s.getEndsAt().atZone(SessionOffer.WIB).getYear(),
                        caseNumber, e.getId(), s.getCourse().getTitle(), e.getAttendedMinutes(),
                        jp.jpFor(e.getAttendedMinutes()), clock.instant())).issueCertificate();
            }
        }
        return ledger.findByCaseNumber(caseNumber).stream().map(JpLedgerEntry::getJp)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The case's latest enrolment whatever its status (the one its invites are about). */
    @Transactional(readOnly = true)
    public Optional<Enrollment> latest(String caseNumber) {
        return enrollments.findFirstByCaseNumberOrderByEnrolledAtDescIdDesc(caseNumber);
    }

    /** HR withdraws the participant before the session: the seat and budget are freed, the invite cancelled. */
    public Enrollment cancel(String caseNumber, String reason) {
        Enrollment enrollment = enrollments.findFirstByCaseNumberAndStatusOrderByEnrolledAtDesc(caseNumber,
                EnrollmentStatus.ENROLLED).orElseThrow(() -> new RequestRefused(HttpStatus.CONFLICT,
                new FieldError("caseNumber", "enrollment.none", caseNumber)));
        if (!enrollment.getSession().getStartsAt().isAfter(clock.instant())) {
            throw new RequestRefused(HttpStatus.CONFLICT, new FieldError("caseNumber", "enrollment.started",
                    caseNumber));
        }
        enrollment.cancel(reason);
        return enrollment;
    }

    /** HR moves a session; returns the enrolments still waiting for it, each with its invite SEQUENCE raised. */
    public List<Enrollment> reschedule(Long sessionId, Instant startsAt, Instant endsAt, String location,
                                       String onlineLink) {
        TrainingSession session = sessions.findForEnrolment(sessionId).orElseThrow(() -> new RequestRefused(
                HttpStatus.NOT_FOUND, new FieldError("sessionId", "session.notFound", String.valueOf(sessionId))));
        session.reschedule(startsAt, endsAt, location, onlineLink);
        List<Enrollment> waiting = enrollments.findBySessionIdAndStatus(sessionId, EnrollmentStatus.ENROLLED);
        waiting.forEach(Enrollment::sessionRescheduled);
        return waiting;
    }

    @Transactional(readOnly = true)
    public List<Enrollment> of(String caseNumber) {
        return enrollments.findByCaseNumberOrderByEnrolledAt(caseNumber);
    }

    @Transactional(readOnly = true)
    public List<JpLedgerEntry> jpOf(String caseNumber) {
        return ledger.findByCaseNumber(caseNumber);
    }
}
