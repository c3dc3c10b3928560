package id.kompeten.report;

import id.kompeten.training.DevelopmentKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every question of the report's instruments with its answers, over the report's cases: the post-training survey's
 * six statements (L1), the competency ratings of the needs evaluation (the employee's own and the supervisor's, first
 * round) and of the supervisor's interview (on the job, L3), and the employee's ratings of the year's activities beyond
 * the courses (how useful, how much learned, the coach's help), and the unit heads' view of their unit. For each:
 * asked (the instrument's own count of who was asked, as the methodology gives it), who answered, how many answers gave 1 to 5, the share of 4–5 and the mean; each
 * instrument by the employees' unit, the survey also by the training's mode, the activities by their form of
 * development, the heads' by unit. Set-based queries, counted in Java.
 */
@Component
class QuestionStats {

    /** The post-training survey's statements, in the form's order: the column and the question's key. */
    static final List<String> SURVEY = List.of("relevance", "material", "trainer", "scheduleFit", "overall", "confidence");
    /** The ratings and the instrument each belongs to, by their source. */
    static final Map<String, String> RATINGS = Map.of("SELF", "NEEDS_SURVEY", "SUPERVISOR", "SUPERVISOR_ASSESSMENT",
            "ON_THE_JOB", "SUPERVISOR_INTERVIEW");

    record Answers(List<ProgrammeEvidence.Question> questions, List<ProgrammeEvidence.QuestionGroup> groups) {}

    /** Answers on a scale of 1 to 5, counted. */
    private static final class Tally {
        final int[] counts = new int[5];

        void add(int answer) {
            if (answer >= 1 && answer <= 5) {
                counts[answer - 1]++;
            }
        }

        int answers() {
            return Arrays.stream(counts).sum();
        }

        BigDecimal agreeShare() {
            int n = answers();
            return n == 0 ? null : BigDecimal.valueOf(counts[3] + counts[4]).divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_UP);
        }

        BigDecimal mean() {
            int n = answers();
            if (n == 0) {
                return null;
            }
            long sum = 0;
            for (int i = 0; i < 5; i++) {
                sum += (long) (i + 1) * counts[i];
            }
            return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
        }
    }

    private final JdbcTemplate jdbc;

    QuestionStats(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit head's statements about the unit, in the form's order: the question's key (its column in snake case). */
    static final List<String> UNIT_HEAD = List.of("unitHead.teamWork", "unitHead.reportQuality",
            "unitHead.administrationSpeed", "unitHead.publicSatisfaction");

    /** The employee's ratings of an activity: the column and the question's key. */
    static final List<String> ACTIVITY = List.of("usefulness", "learningRating", "coachHelpfulness");

    /**
     * @param year the report's year: the activities beyond the courses are those its people started in it
     */
    Answers of(ProgrammeEvidence.Scope scope, List<ProgrammeEvidence.Instrument> instruments, int year) {
        Map<String, Integer> asked = new LinkedHashMap<>();
        instruments.forEach(i -> asked.put(i.code(), i.sent()));
        String from = scope.cases().from() + " join report_case pc on pc.case_number = k.case_number"
                + " join report_employee pe on pe.nip = pc.employee_nip";
        Object[] args = scope.cases().args();

        Map<String, Tally> survey = new LinkedHashMap<>();
        SURVEY.forEach(q -> survey.put(q, new Tally()));
        int[] surveys = {0};
        Map<String, Tally> byUnit = new TreeMap<>();
        Map<String, Tally> byMode = new TreeMap<>();
        jdbc.query("select n.relevance, n.material, n.trainer, n.schedule_fit, n.overall, n.confidence, pe.unit, s.mode"
                + from + " join report_post_training_survey n on n.case_number = k.case_number"
                + " join report_training_session s on s.id = n.session_id where " + scope.cases().where(), rs -> {
                    surveys[0]++;
                    Tally unit = byUnit.computeIfAbsent(group(rs.getString(7)), u -> new Tally());
                    Tally mode = byMode.computeIfAbsent(rs.getString(8), m -> new Tally());
                    for (int i = 0; i < SURVEY.size(); i++) {
                        int answer = rs.getInt(i + 1);
                        survey.get(SURVEY.get(i)).add(answer);
                        unit.add(answer);
                        mode.add(answer);
                    }
                }, args);

        Map<String, Tally> ratings = new LinkedHashMap<>();
        RATINGS.keySet().forEach(source -> ratings.put(source, new Tally()));
        Map<String, Map<String, Tally>> ratingsByUnit = new LinkedHashMap<>();
        Map<String, Set<String>> rated = new LinkedHashMap<>();
        jdbc.query("select n.source, n.round, n.rating, pe.unit, n.case_number" + from
                + " join report_competency_rating n on n.case_number = k.case_number where " + scope.cases().where(), rs -> {
                    String source = rs.getString(1);
                    // the needs evaluation is the first round's; the interview rates every round's training
                    if (!RATINGS.containsKey(source) || (!source.equals("ON_THE_JOB") && rs.getInt(2) != 1)) {
                        return;
                    }
                    ratings.get(source).add(rs.getInt(3));
                    rated.computeIfAbsent(source, x -> new HashSet<>()).add(rs.getString(5));
                    ratingsByUnit.computeIfAbsent(source, s -> new TreeMap<>())
                            .computeIfAbsent(group(rs.getString(4)), u -> new Tally()).add(rs.getInt(3));
                }, args);

        // activities beyond the courses: asked once they ended or were rated, by form of development
        Map<String, Tally> activity = new LinkedHashMap<>();
        ACTIVITY.forEach(q -> activity.put(q, new Tally()));
        Map<String, Tally> byKind = new TreeMap<>();
        int[] activities = {0, 0, 0, 0}; // asked, answered; of coaching and mentoring: asked, answered
        jdbc.query("select n.kind, n.status, n.rated_at, n.usefulness, n.learning_rating, n.coach_helpfulness"
                + scope.people().from() + " join report_development_activity n on n.employee_nip = e.nip where "
                + scope.people().where() + " and n.started_at >= ? and n.started_at < ?", rs -> {
                    boolean ratedIt = rs.getTimestamp(3) != null;
                    if (!ratedIt && !"COMPLETED".equals(rs.getString(2))) {
                        return; // not yet at its rating, or ended without one (missed, refused)
                    }
                    boolean guided = DevelopmentKind.of(rs.getString(1)).map(k -> k.path() == DevelopmentKind.Path.GUIDED)
                            .orElse(false);
                    activities[0]++;
                    activities[2] += guided ? 1 : 0;
                    if (!ratedIt) {
                        return;
                    }
                    activities[1]++;
                    activities[3] += guided ? 1 : 0;
                    Tally kind = byKind.computeIfAbsent(rs.getString(1), k -> new Tally());
                    for (int i = 0; i < ACTIVITY.size(); i++) {
                        int answer = rs.getInt(i + 4);
                        if (!rs.wasNull()) {
                            activity.get(ACTIVITY.get(i)).add(answer);
                            kind.add(answer);
                        }
                    }
                }, scope.peopleAndYear(year));

        // the heads of the programmes' units, about their unit since the programme
        Map<String, Tally> heads = new LinkedHashMap<>();
        UNIT_HEAD.forEach(q -> heads.put(q, new Tally()));
        Map<String, Tally> headsByUnit = new TreeMap<>();
        int[] headsAnswered = {0};
        jdbc.query("select n.team_work, n.report_quality, n.administration_speed, n.public_satisfaction, n.unit"
                + " from report_unit_head_interview n where n.answered_at is not null and n.programme_code in ("
                + scope.programmes().text() + ")", rs -> {
                    headsAnswered[0]++;
                    Tally unit = headsByUnit.computeIfAbsent(group(rs.getString(5)), u -> new Tally());
                    for (int i = 0; i < UNIT_HEAD.size(); i++) {
                        heads.get(UNIT_HEAD.get(i)).add(rs.getInt(i + 1));
                        unit.add(rs.getInt(i + 1));
                    }
                }, scope.programmes().args());

        List<ProgrammeEvidence.Question> questions = new ArrayList<>();
        List<ProgrammeEvidence.QuestionGroup> groups = new ArrayList<>();
        for (String source : List.of("SELF", "SUPERVISOR")) {
            questions.add(question(RATINGS.get(source), "rating." + source, asked.get(RATINGS.get(source)),
                    ratings.get(source), rated.getOrDefault(source, Set.of()).size()));
        }
        survey.forEach((q, tally) -> questions.add(question("POST_TRAINING_SURVEY", q, asked.get("POST_TRAINING_SURVEY"),
                tally, surveys[0])));
        questions.add(question("SUPERVISOR_INTERVIEW", "rating.ON_THE_JOB", asked.get("SUPERVISOR_INTERVIEW"),
                ratings.get("ON_THE_JOB"), rated.getOrDefault("ON_THE_JOB", Set.of()).size()));
        // a coach's helpfulness is asked of coaching and mentoring only
        activity.forEach((q, tally) -> questions.add(q.equals("coachHelpfulness")
                ? question("ACTIVITY_RATING", q, activities[2], tally, activities[3])
                : question("ACTIVITY_RATING", q, activities[0], tally, activities[1])));
        heads.forEach((q, tally) -> questions.add(question("UNIT_HEAD_INTERVIEW", q, asked.get("UNIT_HEAD_INTERVIEW"),
                tally, headsAnswered[0])));
        byUnit.forEach((unit, tally) -> groups.add(group("POST_TRAINING_SURVEY", "UNIT", unit, tally)));
        byMode.forEach((mode, tally) -> groups.add(group("POST_TRAINING_SURVEY", "MODE", mode, tally)));
        ratingsByUnit.getOrDefault("ON_THE_JOB", Map.of())
                .forEach((unit, tally) -> groups.add(group("SUPERVISOR_INTERVIEW", "UNIT", unit, tally)));
        byKind.forEach((kind, tally) -> groups.add(group("ACTIVITY_RATING", "KIND", kind, tally)));
        headsByUnit.forEach((unit, tally) -> groups.add(group("UNIT_HEAD_INTERVIEW", "UNIT", unit, tally)));
        return new Answers(questions, groups);
    }

    /** A unit by its name; the employees of no unit (the heads) together. */
    private static String group(String unit) {
        return unit == null ? "" : unit;
    }

    /**
     * {@code answered}: who answered (each survey answers every statement once; a rating is one per competency, and
     * its answers count the competencies rated).
     */
    private static ProgrammeEvidence.Question question(String instrument, String key, Integer asked, Tally tally,
                                                      int answered) {
        return new ProgrammeEvidence.Question(instrument, key, asked == null ? 0 : asked, answered,
                Arrays.stream(tally.counts).boxed().toList(), tally.agreeShare(), tally.mean());
    }

    private static ProgrammeEvidence.QuestionGroup group(String instrument, String by, String group, Tally tally) {
        return new ProgrammeEvidence.QuestionGroup(instrument, by, group, tally.answers(),
                Arrays.stream(tally.counts).boxed().toList(), tally.agreeShare(), tally.mean());
    }
}
