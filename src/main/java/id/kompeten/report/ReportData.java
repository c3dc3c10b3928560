package id.kompeten.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the cases of a report as {@link CaseFigures}: five set-based queries whatever the number of cases
 * (cases with their round-1 evaluations, training needs, enrolments, surveys, interviews), joined in memory.
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

    private record Base(String caseNumber, String outcome, boolean closed, int rounds, BigDecimal reaction,
                        BigDecimal relevance, BigDecimal gain, BigDecimal transfer, String unmastered, BigDecimal jp) {}

    List<CaseFigures> agency(String agency, int year) {
        return load("select c.case_number from report_case c join report_employee e on e.nip = c.employee_nip"
                + " where e.agency = ? and c.cycle_year = ?", agency, year);
    }

    /** The cases of a programme. */
    public List<CaseFigures> programme(String programmeCode) {
        return load("select p.case_number from report_programme_case p where p.programme_code = ?", programmeCode);
    }

    /**
     * The cases of the report, each with the counts of its needs, enrolments, surveys and interviews.
     *
     * @param scope a query selecting the case numbers of the report, with its arguments
     */
    private List<CaseFigures> load(String scope, Object... args) {
        List<Base> bases = casesWithTheirFirstRound(scope, args);
        String in = " and n.case_number in (" + scope + ")";
        Map<String, Integer> targeted = trainingNeeds(in, args);
        Enrolments enrolments = enrolments(in, args);
        Map<String, Integer> surveys = postTrainingSurveys(in, args);
        Map<String, Integer> interviews = interviews(in, args);
        return bases.stream().map(b -> new CaseFigures(b.caseNumber(), b.outcome(), b.closed(), b.rounds(), b.reaction(),
                b.relevance(), b.gain(), b.transfer(), targeted.getOrDefault(b.caseNumber(), 0),
                b.unmastered() == null || b.unmastered().isBlank() ? 0 : b.unmastered().split(",").length,
                enrolments.attended(b.caseNumber()), enrolments.absent(b.caseNumber()),
                surveys.getOrDefault(b.caseNumber(), 0), interviews.getOrDefault(b.caseNumber(), 0), b.jp(),
                enrolments.cost(b.caseNumber()))).toList();
    }

    /** Each case of the scope, by case number, with its round-1 evaluations (L1-L3). */
    private List<Base> casesWithTheirFirstRound(String scope, Object... args) {
        return jdbc.query("""
                select c.case_number, c.outcome, c.status, c.round, c.jp_credited,
                  max(case when r.round = 1 and r.measure = 'REACTION' then r.score end) as reaction,
                  max(case when r.round = 1 and r.measure = 'RELEVANCE' then r.score end) as relevance,
                  max(case when r.round = 1 and r.measure = 'LEARNING_GAIN' then r.score end) as gain,
                  max(case when r.round = 1 and r.measure = 'TRANSFER' then r.score end) as transfer,
                  max(case when r.round = 1 and r.measure = 'TRANSFER' then r.detail end) as unmastered
                from report_case c
                left join report_evaluation_result r on r.case_number = c.case_number
                where c.case_number in (""" + scope + """
                )
                group by c.case_number, c.outcome, c.status, c.round, c.jp_credited
                order by c.case_number""", (rs, i) -> new Base(rs.getString("case_number"), rs.getString("outcome"),
                "CLOSED".equals(rs.getString("status")), rs.getInt("round"), rs.getBigDecimal("reaction"),
                rs.getBigDecimal("relevance"), rs.getBigDecimal("gain"), rs.getBigDecimal("transfer"),
                rs.getString("unmastered"), rs.getBigDecimal("jp_credited")), args);
    }

    /**
     * The training needs of each case's first round: competencies whose priority is not NONE (the others are kept
     * with the needs analysis).
     */
    private Map<String, Integer> trainingNeeds(String in, Object... args) {
        return counts("select n.case_number, count(*) from report_training_need n where n.round = 1 and n.priority <> 'NONE'"
                + in + " group by n.case_number", args);
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

    private Enrolments enrolments(String in, Object... args) {
        Map<String, int[]> attendance = new HashMap<>();
        Map<String, BigDecimal> cost = new HashMap<>();
        jdbc.query("select n.case_number, sum(case when n.status = 'ATTENDED' then 1 else 0 end),"
                + " sum(case when n.status = 'ABSENT' then 1 else 0 end),"
                + " sum(case when n.status in ('ENROLLED', 'ATTENDED') then n.cost else 0 end)"
                + " from report_enrollment n where 1 = 1" + in + " group by n.case_number", rs -> {
                    attendance.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
                    cost.put(rs.getString(1), rs.getBigDecimal(4));
                }, args);
        return new Enrolments(attendance, cost);
    }

    /** Post-training surveys returned, per case. */
    private Map<String, Integer> postTrainingSurveys(String in, Object... args) {
        return counts("select n.case_number, count(*) from report_post_training_survey n where 1 = 1"
                + in + " group by n.case_number", args);
    }

    /** Supervisor interviews held, per case. */
    private Map<String, Integer> interviews(String in, Object... args) {
        return counts("select n.case_number, count(*) from report_supervisor_interview n where 1 = 1"
                + in + " group by n.case_number", args);
    }

    BigDecimal budgetAllocated(String agency, int year) {
        return jdbc.queryForObject("select coalesce(sum(allocated), 0) from report_budget where agency = ?"
                + " and budget_year = ?", BigDecimal.class, agency, year);
    }

    private Map<String, Integer> counts(String sql, Object... args) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query(sql, rs -> { counts.put(rs.getString(1), rs.getInt(2)); }, args);
        return counts;
    }
}
