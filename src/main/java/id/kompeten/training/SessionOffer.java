package id.kompeten.training;

import id.kompeten.evaluation.TrainingNeed;
import id.kompeten.evaluation.TrainingNeeds;
import id.kompeten.system.KompetenProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions HR may choose for a case: those of courses for the round's training needs, with a seat free,
 * not yet begun (or, in the demo, already run), and not already taken in this case.
 */
@Service
@Transactional(readOnly = true)
public class SessionOffer {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.forLanguageTag("id"))
            .withZone(WIB);

    private final TrainingSessionRepository sessions;
    private final EnrollmentRepository enrollments;
    private final TrainingNeeds needs;
    private final boolean offerFinishedSessions;
    private final Clock clock;

    SessionOffer(TrainingSessionRepository sessions, EnrollmentRepository enrollments, TrainingNeeds needs,
                 KompetenProperties properties, Clock clock) {
        this.sessions = sessions;
        this.enrollments = enrollments;
        this.needs = needs;
        this.offerFinishedSessions = properties.scheduling().offerFinishedSessions();
        this.clock = clock;
    }

    public record Option(Long sessionId, String label) {}

    public List<Option> offeredFor(String caseNumber, int round) {
        Map<String, TrainingNeed> byCompetency = needs.needsOf(caseNumber, round).stream()
                .collect(Collectors.toMap(TrainingNeed::getCompetencyCode, n -> n, (a, b) -> a, LinkedHashMap::new));
        if (byCompetency.isEmpty()) {
            return List.of();
        }
        Set<Long> takenInCase = enrollments.findByCaseNumberOrderByEnrolledAt(caseNumber).stream()
                .map(e -> e.getSession().getId()).collect(Collectors.toSet());
        List<TrainingSession> candidates = sessions.findForCompetencies(byCompetency.keySet());
        Map<Long, Long> taken = seatsTaken(candidates);
        Instant now = clock.instant();
        return candidates.stream()
                .filter(s -> !takenInCase.contains(s.getId()))
                .filter(s -> offerFinishedSessions || s.getStartsAt().isAfter(now))
                .filter(s -> taken.getOrDefault(s.getId(), 0L) < s.getSeats())
                .sorted((a, b) -> Integer.compare(
                        byCompetency.get(a.getCourse().getCompetency().getCode()).getPriorityRank(),
                        byCompetency.get(b.getCourse().getCompetency().getCode()).getPriorityRank()))
                .map(s -> new Option(s.getId(), label(s, s.getSeats() - taken.getOrDefault(s.getId(), 0L))))
                .toList();
    }

    private Map<Long, Long> seatsTaken(List<TrainingSession> candidates) {
        Map<Long, Long> taken = new HashMap<>();
        if (!candidates.isEmpty()) {
            enrollments.seatsTaken(candidates.stream().map(TrainingSession::getId).toList(), Enrollments.HOLDING_A_SEAT)
                    .forEach(row -> taken.put((Long) row[0], (Long) row[1]));
        }
        return taken;
    }

    static String label(TrainingSession s, long seatsLeft) {
        String place = s.getMode() == TrainingMode.E_LEARNING ? s.getOnlineLink() : s.getLocation();
        return "%s — %s, %s s.d. %s WIB, %s; %d menit; sisa %d kursi".formatted(s.getCourse().getTitle(),
                s.getMode().label(), WHEN.format(s.getStartsAt()), WHEN.format(s.getEndsAt()), place,
                s.getMinutes(), seatsLeft);
    }

    static String summary(TrainingSession s) {
        String place = s.getMode() == TrainingMode.E_LEARNING ? s.getOnlineLink() : s.getLocation();
        return "%s (%s), %s s.d. %s WIB, %s; %d menit".formatted(s.getCourse().getTitle(), s.getMode().label(),
                WHEN.format(s.getStartsAt()), WHEN.format(s.getEndsAt()), place, s.getMinutes());
    }
}
