package id.kompeten.training;

import id.kompeten.evaluation.TrainingNeed;
import id.kompeten.evaluation.TrainingNeeds;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions HR may choose for a case: those of courses for the round's training needs that the enrolment
 * would accept ({@link EnrollmentRules}: not taken in this case, not begun unless the demo allows it, a seat
 * free, budget left, no clash with the participant's other sessions), highest priority first. The sessions the
 * rules refuse, except those already begun, are listed with the reason so HR sees why they are missing.
 */
@Service
@Transactional(readOnly = true)
class SessionOffer {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.forLanguageTag("id"))
            .withZone(WIB);

    private final TrainingSessionRepository sessions;
    private final TrainingNeeds needs;
    private final EnrollmentRules rules;

    SessionOffer(TrainingSessionRepository sessions, TrainingNeeds needs, EnrollmentRules rules) {
        this.sessions = sessions;
        this.needs = needs;
        this.rules = rules;
    }

    public record Option(Long sessionId, String label) {}

    /** A session the rules refuse for the case, and why. */
    public record NotOffered(Long sessionId, String label, String reason) {}

    public record Offer(List<Option> options, List<NotOffered> notOffered) {}

    public Offer offerFor(String caseNumber, String employeeNip, int round) {
        Map<String, TrainingNeed> byCompetency = needs.needsOf(caseNumber, round).stream()
                .collect(Collectors.toMap(TrainingNeed::getCompetencyCode, n -> n, (a, b) -> a, LinkedHashMap::new));
        if (byCompetency.isEmpty()) {
            return new Offer(List.of(), List.of());
        }
        List<TrainingSession> candidates = sessions.findForCompetencies(byCompetency.keySet()).stream()
                .sorted(Comparator.comparingInt(s -> byCompetency.get(s.getCourse().getCompetency().getCode())
                        .getPriorityRank()))
                .toList();
        EnrollmentRules.Verdicts verdicts = rules.check(caseNumber, employeeNip, candidates);
        List<Option> options = candidates.stream().filter(s -> verdicts.of(s).isEmpty())
                .map(s -> new Option(s.getId(), label(s, verdicts.seatsLeft(s)))).toList();
        List<NotOffered> notOffered = candidates.stream()
                .filter(s -> verdicts.of(s).filter(r -> r.reason() != EnrollmentRules.Reason.BEGUN).isPresent())
                .map(s -> new NotOffered(s.getId(), summary(s), verdicts.of(s).orElseThrow().text())).toList();
        return new Offer(options, notOffered);
    }

    public List<Option> offeredFor(String caseNumber, String employeeNip, int round) {
        return offerFor(caseNumber, employeeNip, round).options();
    }

    static String label(TrainingSession s, long seatsLeft) {
        return "%s; sisa %d kursi".formatted(summary(s), seatsLeft);
    }

    /** "Course — Klasikal (tatap muka), 3 Des 2026 08:00 s.d. 3 Des 2026 15:00 WIB, Aula; 420 menit". */
    static String summary(TrainingSession s) {
        String place = s.getMode() == TrainingMode.E_LEARNING ? s.getOnlineLink() : s.getLocation();
        return "%s — %s, %s s.d. %s WIB, %s; %d menit".formatted(s.getCourse().getTitle(), s.getMode().label(),
                WHEN.format(s.getStartsAt()), WHEN.format(s.getEndsAt()), place, s.getMinutes());
    }
}
