package id.kompeten.report;

import id.kompeten.training.JpLedger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parts of a programme's report beside the case figures: the methodology (instruments, what was sent and
 * returned, the period), the L4 indicators HR entered, and the participants' JP against the yearly target.
 * Each is a fixed number of set-based queries, whatever the number of participants, over the report's read
 * model (the {@code report_*} views) and training's query of the JP of a year ({@link JpLedger#YEAR_TOTALS}).
 */
@Component
@Transactional(readOnly = true)
public class ProgrammeEvidence {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final JdbcTemplate jdbc;
    private final JpLedger ledger;
    private final QuestionStats questions;

    ProgrammeEvidence(JdbcTemplate jdbc, JpLedger ledger, QuestionStats questions) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.questions = questions;
    }

    /**
     * Metodologi: each instrument with how many were asked for and returned. Needs surveys and supervisor
     * assessments are asked of every case; post-training surveys of every attended session; tests are taken
     * by those who attended; interviews are held once the on-the-job period is over.
     */
    /**
     * @param questions each question of each instrument with its answers (null in versions kept before they were
     *                  reported)
     * @param groups each instrument's answers by unit and, for the post-training survey, by training mode
     */
    public record Methodology(LocalDate periodFrom, LocalDate periodTo, List<Instrument> instruments,
                              List<Question> questions, List<QuestionGroup> groups) {}

    /**
     * One question of an instrument: of how many it was asked and how many answered, the answers on its scale of 1
     * to 5 (how many gave each), the share that gave 4 or 5 (agreeing, or rated high), and the mean.
     */
    public record Question(String instrument, String question, int asked, int answered, List<Integer> counts,
                           BigDecimal agreeShare, BigDecimal mean) {}

    /** An instrument's answers in one group (a unit, a training mode), all its questions: as a question's. */
    public record QuestionGroup(String instrument, String by, String group, int answers, List<Integer> counts,
                                BigDecimal agreeShare, BigDecimal mean) {}

    /** @param level Kirkpatrick level it measures (0: needs analysis) */
    public record Instrument(String code, int level, int sent, int returned) {}

    public record Indicator(long id, String unit, String name, BigDecimal before, BigDecimal after, BigDecimal change,
                            boolean higherIsBetter, boolean improved) {}

    public record JpStanding(String nip, String name, String caseNumber, BigDecimal jp, boolean atTarget) {}

    /**
     * @param byKind the JP of the year and who earned them, by form of development (training.DevelopmentKind),
     *               those with the most JP first; null in a report published before it was kept
     */
    public record JpCompliance(int year, BigDecimal target, int participants, int atTarget, BigDecimal atTargetShare,
                               List<JpStanding> standings, List<JpByKind> byKind) {}

    /** One form of development's JP of the year: how many of the scope's people earned them, from how many credits. */
    public record JpByKind(String kind, int participants, int credits, BigDecimal jp) {}

    public record TargetCompetency(String code, String name, String nameEn) {}

    /** A training session the report's cases attended or the programme offers. */
    public record Session(long id, String course, String organiser, String mode, java.time.Instant startsAt,
                          java.time.Instant endsAt, String place, int seats, int enrolled) {}

    List<TargetCompetency> competencies(String code) {
        return jdbc.query("select c.code, c.name, c.name_en from report_programme_competency p join report_competency c"
                + " on c.code = p.competency_code where p.programme_code = ? order by c.code",
                (rs, i) -> new TargetCompetency(rs.getString(1), rs.getString(2), rs.getString(3)), code);
    }

    /**
     * The sessions the programme offers (added to it) and those its cases were enrolled in, by start. One
     * {@code in} over a union: with two {@code in}s joined by {@code or}, H2 ran the enrolments' subquery again for
     * every session, and over an agency's year (111,000 cases) ran out of memory.
     */
    List<Session> sessions(Scope scope) {
        return jdbc.query("select s.id, c.title, c.organiser, s.mode, s.starts_at, s.ends_at,"
                + " coalesce(s.location, s.online_link), s.seats,"
                + " (select count(*) from report_enrollment n where n.session_id = s.id and n.status in ('ENROLLED', 'ATTENDED'))"
                + " from report_training_session s join report_training_course c on c.code = s.course_code"
                + " where s.id in (select n.session_id" + scope.cases().from() + " join report_enrollment n"
                + " on n.case_number = k.case_number where " + scope.cases().where()
                + " union select session_id from report_programme_session where programme_code in ("
                + scope.programmes().text() + ")) order by s.starts_at, s.id", (rs, i) -> new Session(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getInt(8), rs.getInt(9)),
                args(scope.cases(), scope.programmes()));
    }

    /** A query selecting one column, with its arguments, to be used as {@code x in (...)}. */
    record Sql(String text, Object... args) {}

    /**
     * Rows a report's query joins to: {@code from} (" from ...", each row once) and {@code where}, their condition
     * with its arguments. Joined, not {@code x in (select ...)}: H2 tests such an {@code in} row by row against the
     * subquery's result, reused between rows only while it fits in memory (about 19,000 rows in a 512 MB heap);
     * past that it is kept on disk and was built again and again (15.8 s for the report over 100,000 cases).
     */
    record Rows(String from, String where, Object... args) {}

    /**
     * What a report covers: a programme's cases, participants and itself; or an agency's year: all its cases,
     * all its employees and all its programmes of that year (for their L4 indicators and sessions). Cases as
     * {@code k} (its {@code k.case_number}), people as {@code e} (report_employee).
     */
    record Scope(Rows cases, Rows people, Sql programmes) {

        /**
         * The people's arguments and then the year's bounds (its first instant and the next year's, WIB), for a query
         * of the people's rows of a year: {@code people().where() + " and n.started_at >= ? and n.started_at < ?"}.
         */
        Object[] peopleAndYear(int year) {
            java.time.ZoneId wib = java.time.ZoneId.of("Asia/Jakarta");
            Object[] args = Arrays.copyOf(people.args(), people.args().length + 2);
            args[people.args().length] = java.sql.Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(wib).toInstant());
            args[people.args().length + 1] = java.sql.Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(wib)
                    .toInstant());
            return args;
        }

        static Scope programme(String code) {
            return new Scope(new Rows(" from report_programme_case k", "k.programme_code = ?", code),
                    new Rows(" from report_programme_participant kp join report_employee e on e.nip = kp.employee_nip",
                            "kp.programme_code = ?", code),
                    new Sql("select code from report_programme where code = ?", code));
        }

        static Scope agency(String agency, int year) {
            return new Scope(new Rows(" from report_case k join report_employee ke on ke.nip = k.employee_nip",
                    "ke.agency = ? and k.cycle_year = ?", agency, year),
                    new Rows(" from report_employee e", "e.agency = ?", agency),
                    new Sql("select code from report_programme where agency = ? and programme_year = ?", agency, year));
        }
    }

    /** The arguments of a query built from these parts in this order: a {@link Sql}'s or {@link Rows}' own, or a value. */
    private static Object[] args(Object... parts) {
        List<Object> args = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Sql sql) {
                args.addAll(Arrays.asList(sql.args()));
            } else if (part instanceof Rows rows) {
                args.addAll(Arrays.asList(rows.args()));
            } else {
                args.add(part);
            }
        }
        return args.toArray();
    }

    Methodology methodology(Scope scope, ProgrammeFigures figures, int year) {
        // each query reads the rows of one view joined to the scope's cases (n.case_number = k.case_number)
        String from = scope.cases().from();
        String on = " on n.case_number = k.case_number where " + scope.cases().where();
        Object[] args = scope.cases().args();
        int count = figures.cases();
        int needs = count("select count(distinct n.case_number)" + from + " join report_needs_survey n" + on, args);
        int assessed = count("select count(distinct n.case_number)" + from + " join report_competency_rating n" + on
                + " and n.source = 'SUPERVISOR'", args);
        int[] tests = jdbc.queryForObject("select sum(case when n.status = 'ATTENDED' then 1 else 0 end),"
                + " sum(case when n.pre_test_score is not null and n.post_test_score is not null then 1 else 0 end)"
                + from + " join report_enrollment n" + on, (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}, args);
        int surveys = count("select count(*)" + from + " join report_post_training_survey n" + on, args);
        // interviews are due once a case has reached its interview step or passed it
        int interviewsDue = count("select count(distinct n.case_number)" + from + " join report_case_event n" + on
                + " and n.step_id = 'Event_NotifyInterview'", args);
        int interviews = figures.interviewsHeld().value() == null ? 0 : figures.interviewsHeld().value().intValue();
        int indicators = count("select count(*) from report_programme_indicator where programme_code in ("
                + scope.programmes().text() + ")", scope.programmes().args());
        // the heads of the programmes' units: asked (a row each), answered
        int[] heads = jdbc.queryForObject("select count(*), count(answered_at) from report_unit_head_interview"
                + " where programme_code in (" + scope.programmes().text() + ")", (rs, i) -> new int[] {rs.getInt(1),
                rs.getInt(2)}, scope.programmes().args());
        LocalDate opened = jdbc.queryForObject("select min(n.opened_at)" + from + " join report_case n" + on,
                (rs, i) -> date(rs.getTimestamp(1)), args);
        LocalDate to = jdbc.queryForObject("select max(n.occurred_at)" + from + " join report_case_event n" + on,
                (rs, i) -> date(rs.getTimestamp(1)), args);
        List<Instrument> instruments = List.of(
                new Instrument("NEEDS_SURVEY", 0, count, needs),
                new Instrument("SUPERVISOR_ASSESSMENT", 0, count, assessed),
                new Instrument("POST_TRAINING_SURVEY", 1, tests[0], surveys),
                new Instrument("PRE_POST_TEST", 2, tests[0], tests[1]),
                new Instrument("SUPERVISOR_INTERVIEW", 3, Math.max(interviewsDue, interviews), interviews),
                new Instrument("UNIT_INDICATORS", 4, indicators, indicators),
                new Instrument("UNIT_HEAD_INTERVIEW", 4, heads[0], heads[1]));
        QuestionStats.Answers answers = questions.of(scope, instruments, year);
        return new Methodology(opened, to == null ? opened : to, instruments, answers.questions(), answers.groups());
    }

    /**
     * A unit's head's view of a programme: asked, answered or not yet; the four statements on 1-5 (team's work, report
     * quality, speed of administration, public satisfaction), what changed and what stands in the way. No name.
     */
    public record UnitView(String programmeCode, String unit, boolean answered, Integer teamWork, Integer reportQuality,
                           Integer administrationSpeed, Integer publicSatisfaction, String observedChanges,
                           String obstacles) {}

    List<UnitView> unitViews(Scope scope) {
        return jdbc.query("select programme_code, unit, answered_at, team_work, report_quality, administration_speed,"
                + " public_satisfaction, observed_changes, obstacles from report_unit_head_interview where programme_code in ("
                + scope.programmes().text() + ") order by unit, programme_code", (rs, i) -> new UnitView(rs.getString(1),
                rs.getString(2), rs.getTimestamp(3) != null, (Integer) rs.getObject(4, Integer.class),
                rs.getObject(5, Integer.class), rs.getObject(6, Integer.class), rs.getObject(7, Integer.class),
                rs.getString(8), rs.getString(9)), scope.programmes().args());
    }

    List<Indicator> indicators(Scope scope) {
        return jdbc.query("select id, unit, name, before_value, after_value, higher_is_better from report_programme_indicator"
                + " where programme_code in (" + scope.programmes().text() + ") order by unit, name, id", (rs, i) -> {
                    BigDecimal before = rs.getBigDecimal(4).stripTrailingZeros();
                    BigDecimal after = rs.getBigDecimal(5).stripTrailingZeros();
                    BigDecimal change = after.subtract(before);
                    boolean higher = rs.getBoolean(6);
                    return new Indicator(rs.getLong(1), rs.getString(2), rs.getString(3), before, after, change, higher,
                            higher ? change.signum() > 0 : change.signum() < 0);
                }, scope.programmes().args());
    }

    /**
     * Each person of the scope with their JP of the year and their case in it (the latest), those furthest
     * below the target first. Three queries joined in memory: joined in SQL through derived tables, H2 runs
     * the inner ones once per person (minutes for 10,000 people).
     */
    JpCompliance jpCompliance(Scope scope, int year) {
        BigDecimal target = ledger.target();
        Map<String, String> names = new HashMap<>();
        jdbc.query("select e.nip, e.name" + scope.people().from() + " where " + scope.people().where(),
                rs -> { names.put(rs.getString(1), rs.getString(2)); }, scope.people().args());
        // each person's latest case: rows read as they are and kept in memory (H2 groups 100,000 of them slowly)
        Map<String, String> cases = new HashMap<>();
        jdbc.query("select c.employee_nip, c.case_number" + scope.cases().from()
                + " join report_case c on c.case_number = k.case_number where " + scope.cases().where(),
                rs -> { cases.merge(rs.getString(1), rs.getString(2), (a, b) -> a.compareTo(b) >= 0 ? a : b); },
                scope.cases().args());
        Map<String, BigDecimal> jp = new HashMap<>();
        jdbc.query("select j.employee_nip, j.jp" + scope.people().from() + " join (" + JpLedger.YEAR_TOTALS
                + ") j on j.employee_nip = e.nip where " + scope.people().where(),
                rs -> { jp.put(rs.getString(1), rs.getBigDecimal(2)); }, args(year, scope.people()));
        List<JpStanding> standings = names.entrySet().stream().map(person -> {
                    BigDecimal total = jp.getOrDefault(person.getKey(), BigDecimal.ZERO);
                    return new JpStanding(person.getKey(), person.getValue(), cases.get(person.getKey()),
                            total.stripTrailingZeros(), total.compareTo(target) >= 0);
                })
                .sorted(Comparator.comparing(JpStanding::jp).thenComparing(JpStanding::name))
                .toList();
        int atTarget = (int) standings.stream().filter(JpStanding::atTarget).count();
        return new JpCompliance(year, target, standings.size(), atTarget, standings.isEmpty() ? null
                : BigDecimal.valueOf(atTarget).divide(BigDecimal.valueOf(standings.size()), 4, RoundingMode.HALF_UP),
                standings, jpByKind(scope, year));
    }

    private List<JpByKind> jpByKind(Scope scope, int year) {
        List<JpByKind> kinds = new ArrayList<>();
        jdbc.query("select l.kind, count(distinct l.employee_nip), count(*), sum(l.jp)" + scope.people().from()
                        + " join report_jp_ledger_entry l on l.employee_nip = e.nip where l.ledger_year = ? and "
                        + scope.people().where() + " group by l.kind",
                rs -> { kinds.add(new JpByKind(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        rs.getBigDecimal(4))); }, args(year, scope.people()));
        kinds.sort(Comparator.comparing(JpByKind::jp).reversed().thenComparing(JpByKind::kind));
        return kinds;
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    private static LocalDate date(Timestamp at) {
        return at == null ? null : at.toInstant().atZone(WIB).toLocalDate();
    }
}
