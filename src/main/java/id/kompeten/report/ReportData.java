package id.kompeten.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the cases of a report as {@link CaseFigures}: six set-based queries whatever the number of cases
 * (cases, their round-1 evaluations, training needs, enrolments, surveys, interviews), joined in memory.
 * Like all the report's SQL it reads the report's read model, the {@code report_*} views (V12), not the tables
 * of the features that own them.
 */
@Repository
@Transactional(readOnly = true)
class ReportData {

    private final JdbcTemplate jdbc;

    ReportData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Base(String caseNumber, String outcome, boolean closed, int rounds, BigDecimal jp) {}

    List<CaseFigures> agency(String agency, int year) {
        return load(ProgrammeEvidence.Scope.agency(agency, year).cases());
    }

    /** The cases of a programme. */
    public List<CaseFigures> programme(String programmeCode) {
        return load(ProgrammeEvidence.Scope.programme(programmeCode).cases());
    }

    /**
     * The cases of the report, each with its round-1 evaluations and the counts of its needs, enrolments, surveys
     * and interviews. Each query reads one view's rows of the scope as they are and they are counted here: H2
     * grouped 100,000 cases in SQL at several times the cost of reading them (and spilled the groups to disk).
     *
     * @param scope the report's cases, {@code k.case_number}
     */
    private List<CaseFigures> load(ProgrammeEvidence.Rows scope) {
        String from = scope.from();
        String on = " on n.case_number = k.case_number where " + scope.where();
        List<Base> bases = jdbc.query("select n.case_number, n.outcome, n.status, n.round, n.jp_credited" + from
                + " join report_case n" + on + " order by n.case_number", (rs, i) -> new Base(rs.getString(1), rs.getString(2),
                "CLOSED".equals(rs.getString(3)), rs.getInt(4), rs.getBigDecimal(5)), scope.args());
        Map<String, Round> rounds = new HashMap<>();
        jdbc.query("select n.case_number, n.measure, n.score, n.detail" + from + " join report_evaluation_result n" + on
                + " and n.round = 1", rs -> { rounds.computeIfAbsent(rs.getString(1), c -> new Round())
                        .add(rs.getString(2), rs.getBigDecimal(3), rs.getString(4)); }, scope.args());
        Map<String, Integer> targeted = new HashMap<>();
        jdbc.query("select n.case_number" + from + " join report_training_need n" + on + " and n.round = 1 and n.priority <> 'NONE'",
                rs -> { targeted.merge(rs.getString(1), 1, Integer::sum); }, scope.args());
        Enrolments enrolments = enrolments(from, on, scope.args());
        Map<String, Integer> surveys = new HashMap<>();
        jdbc.query("select n.case_number" + from + " join report_post_training_survey n" + on,
                rs -> { surveys.merge(rs.getString(1), 1, Integer::sum); }, scope.args());
        Map<String, Integer> interviews = new HashMap<>();
        jdbc.query("select n.case_number" + from + " join report_supervisor_interview n" + on,
                rs -> { interviews.merge(rs.getString(1), 1, Integer::sum); }, scope.args());
        return bases.stream().map(b -> {
            Round r = rounds.getOrDefault(b.caseNumber(), new Round());
            return new CaseFigures(b.caseNumber(), b.outcome(), b.closed(), b.rounds(), r.reaction, r.relevance, r.gain,
                    r.transfer, targeted.getOrDefault(b.caseNumber(), 0),
                    r.unmastered == null || r.unmastered.isBlank() ? 0 : r.unmastered.split(",").length,
                    enrolments.attended(b.caseNumber()), enrolments.absent(b.caseNumber()),
                    surveys.getOrDefault(b.caseNumber(), 0), interviews.getOrDefault(b.caseNumber(), 0), b.jp(),
                    enrolments.cost(b.caseNumber()));
        }).toList();
    }

    /** A case's round-1 evaluations (L1-L3): the highest of each measure, as {@code max(...)} took them before. */
    private static final class Round {
        BigDecimal reaction;
        BigDecimal relevance;
        BigDecimal gain;
        BigDecimal transfer;
        String unmastered;

        void add(String measure, BigDecimal score, String detail) {
            switch (measure) {
                case "REACTION" -> reaction = max(reaction, score);
                case "RELEVANCE" -> relevance = max(relevance, score);
                case "LEARNING_GAIN" -> gain = max(gain, score);
                case "TRANSFER" -> {
                    transfer = max(transfer, score);
                    unmastered = detail == null || unmastered != null && unmastered.compareTo(detail) >= 0 ? unmastered : detail;
                }
                default -> { }
            }
        }

        private static BigDecimal max(BigDecimal a, BigDecimal b) {
            return b == null || a != null && a.compareTo(b) >= 0 ? a : b;
        }
    }

    /** Per case: enrolments attended, absent, and what its seats (enrolled or attended) cost. */
    private record Enrolments(Map<String, int[]> attendance, Map<String, BigDecimal> cost) {

        int attended(String caseNumber) {
            return attendance.getOrDefault(caseNumber, new int[2])[0];
        }

        int absent(String caseNumber) {
            return attendance.getOrDefault(caseNumber, new int[2])[1];
        }

        BigDecimal cost(String caseNumber) {
            return cost.getOrDefault(caseNumber, BigDecimal.ZERO);
        }
    }

    /** Each seat's cost as the database types it (0 for an absence), summed here as {@code sum(...)} did. */
    private Enrolments enrolments(String from, String on, Object... args) {
        Map<String, int[]> attendance = new HashMap<>();
        Map<String, BigDecimal> cost = new HashMap<>();
        jdbc.query("select n.case_number, n.status, case when n.status in ('ENROLLED', 'ATTENDED') then n.cost else 0 end"
                + from + " join report_enrollment n" + on, rs -> {
                    int[] counts = attendance.computeIfAbsent(rs.getString(1), c -> new int[2]);
                    counts[0] += "ATTENDED".equals(rs.getString(2)) ? 1 : 0;
                    counts[1] += "ABSENT".equals(rs.getString(2)) ? 1 : 0;
                    cost.merge(rs.getString(1), rs.getBigDecimal(3), BigDecimal::add);
                }, args);
        return new Enrolments(attendance, cost);
    }

    BigDecimal budgetAllocated(String agency, int year) {
        return jdbc.queryForObject("select coalesce(sum(allocated), 0) from report_budget where agency = ?"
                + " and budget_year = ?", BigDecimal.class, agency, year);
    }
}
