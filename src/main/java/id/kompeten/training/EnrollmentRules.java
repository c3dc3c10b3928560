package id.kompeten.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a case may take a seat in a session: the scheduling form offers only the
 * sessions that pass ({@link SessionOffer}), and the enrolment refuses any that does not ({@link Enrollments}).
 * The facts are read set-based, once for all the sessions asked about.
 */
@Component
class EnrollmentRules {

    /** Why a session is not open to a case; {@code text} is shown to HR. */
    record Refusal(Reason reason, String text) {}

    enum Reason {
        /** The case already had this session (attended, absent or withdrawn): a new round needs a new one. */
        TAKEN_IN_CASE,
        /** The session has begun (the demo offers sessions that already ran). */
        BEGUN,
        FULL,
        OVER_BUDGET,
        /** The participant is enrolled in another session at the same time. */
        CLASH
    }

    private final EnrollmentRepository enrollments;
    private final boolean finishedSessionsAllowed;
    private final Clock clock;

    EnrollmentRules(EnrollmentRepository enrollments, SchedulingSettings scheduling, Clock clock) {
        this.enrollments = enrollments;
        this.finishedSessionsAllowed = scheduling.offerFinishedSessions();
        this.clock = clock;
    }

    /** What the rules found: the sessions refused (each with its first reason) and the seats taken in each. */
    record Verdicts(Map<Long, Refusal> refused, Map<Long, Long> seatsTaken) {

        Optional<Refusal> of(TrainingSession session) {
            return Optional.ofNullable(refused.get(session.getId()));
        }

        long seatsLeft(TrainingSession session) {
            return session.getSeats() - seatsTaken.getOrDefault(session.getId(), 0L);
        }
    }

    /** The verdict on each session for this case and its participant. */
    Verdicts check(String caseNumber, String employeeNip, Collection<TrainingSession> sessions) {
        Map<Long, Refusal> refused = new LinkedHashMap<>();
        Map<Long, Long> seatsTaken = new HashMap<>();
        if (sessions.isEmpty()) {
            return new Verdicts(refused, seatsTaken);
        }
        Set<Long> takenInCase = enrollments.findByCaseNumberOrderByEnrolledAt(caseNumber).stream()
                .map(e -> e.getSession().getId()).collect(Collectors.toSet());
        enrollments.seatsTaken(sessions.stream().map(TrainingSession::getId).toList(), Enrollments.HOLDING_A_SEAT)
                .forEach(row -> seatsTaken.put((Long) row[0], (Long) row[1]));
        Map<String, BigDecimal> budgetLeft = new HashMap<>();
        for (TrainingSession s : sessions) {
            ProgrammeBudget budget = s.getBudget();
            budgetLeft.computeIfAbsent(budget.getCode(), code ->
                    budget.getAllocated().subtract(enrollments.committedOn(code, Enrollments.HOLDING_A_SEAT)));
        }
        List<Enrollment> waiting = enrollments.findActiveOf(employeeNip, Set.of(EnrollmentStatus.ENROLLED));
        Instant now = clock.instant();
        for (TrainingSession s : sessions) {
            refusal(s, takenInCase, seatsTaken.getOrDefault(s.getId(), 0L), budgetLeft.get(s.getBudget().getCode()),
                    waiting, now).ifPresent(r -> refused.put(s.getId(), r));
        }
        return new Verdicts(refused, seatsTaken);
    }

    private Optional<Refusal> refusal(TrainingSession s, Set<Long> takenInCase, long seatsTaken, BigDecimal budgetLeft,
                                      List<Enrollment> waiting, Instant now) {
        if (takenInCase.contains(s.getId())) {
            return Optional.of(new Refusal(Reason.TAKEN_IN_CASE,
                    "Sesi ini sudah pernah diambil dalam kasus ini. Pilih sesi lain."));
        }
        if (!finishedSessionsAllowed && !s.getStartsAt().isAfter(now)) {
            return Optional.of(new Refusal(Reason.BEGUN, "Sesi sudah dimulai. Pilih sesi lain."));
        }
        if (seatsTaken >= s.getSeats()) {
            return Optional.of(new Refusal(Reason.FULL, "Kuota sesi penuh: %d dari %d kursi terisi. Pilih sesi lain."
                    .formatted(seatsTaken, s.getSeats())));
        }
        if (budgetLeft.compareTo(s.getCostPerParticipant()) < 0) {
            return Optional.of(new Refusal(Reason.OVER_BUDGET,
                    "Anggaran %s tidak cukup: sisa Rp%s, biaya per peserta Rp%s. Pilih sesi lain.".formatted(
                            s.getBudget().getName(), budgetLeft.toPlainString(), s.getCostPerParticipant().toPlainString())));
        }
        Optional<Enrollment> clash = waiting.stream().filter(e -> e.getSession().overlaps(s)).findFirst();
        return clash.map(e -> new Refusal(Reason.CLASH, "Jadwal bentrok dengan sesi lain peserta: %s. Pilih sesi lain."
                .formatted(SessionOffer.summary(e.getSession()))));
    }
}
