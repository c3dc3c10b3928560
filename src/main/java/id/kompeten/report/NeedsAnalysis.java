package id.kompeten.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The agency's needs analysis of a year (analisis kebutuhan pengembangan kompetensi, PP 17/2020 Ps. 203): every
 * competency gap that the needs evaluation of each employee's case found (its first round, priority not NONE),
 * counted by unit, position, competency and priority, with what the employees' development plans give each: the
 * forms of development, the JP and the cost (the supervisor's approved line where there is one, else the
 * employee's proposal; a line the supervisor dropped, or a need with no plan yet, is counted as not planned).
 * Read through the report's read model, set-based: one query for the needs, one for the agency's employees. The
 * agency's annual plan (agencyplan) starts from it.
 */
@Component
public class NeedsAnalysis {

    /** The priorities in the order the analysis lists them, most urgent first. */
    public static final List<String> PRIORITIES = List.of("HIGH", "MEDIUM", "LOW");

    /**
     * One line: the employees of a unit and position who need a competency at a priority, their mean gap, the
     * forms of development their plans give (each with how many lines), how many of them are planned, and the
     * planned JP and cost. {@code unit} is null for employees of no unit (the head of the agency).
     */
    public record Line(String unit, String position, String competencyCode, String competency, String competencyEn,
                String priority, int employees, BigDecimal meanGap, Map<String, Integer> kinds, int planned, int jp,
                BigDecimal cost) {}

    /** A competency over the whole agency: how many need it at each priority, and what is planned for it. */
    public record Competency(String code, String name, String nameEn, Map<String, Integer> byPriority, int employees,
                      Map<String, Integer> kinds, int planned, int jp, BigDecimal cost) {}

    /**
     * The year's analysis: the agency's employees, those whose needs were evaluated, those with at least one need,
     * the needs (employee × competency) and how many are planned, their JP and cost, by line and by competency.
     */
    public record Analysis(String agency, int year, int employees, int assessed, int withNeeds, int needs, int planned,
                    int jp, BigDecimal cost, List<Line> lines, List<Competency> competencies) {}

    private record Need(String nip, String unit, String position, String competencyCode, String competency,
                        String competencyEn, String priority, BigDecimal gap, String kind, Integer jp,
                        BigDecimal cost) {}

    private final JdbcTemplate jdbc;

    NeedsAnalysis(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Analysis of(String agency, int year) {
        int employees = jdbc.queryForObject("select count(*) from report_employee e where e.agency = ?", Integer.class,
                agency);
        Set<String> assessed = new HashSet<>();
        List<Need> needs = new ArrayList<>();
        jdbc.query("select ke.nip, ke.unit, p.name, c.code, c.name, c.name_en, n.priority, n.gap, l.kind,"
                + " l.proposed_kind, l.intended_jp, l.proposed_jp, l.cost, l.proposed_cost, l.dropped_reason"
                + " from report_case k join report_employee ke on ke.nip = k.employee_nip"
                + " join report_training_need n on n.case_number = k.case_number"
                + " join report_competency c on c.code = n.competency_code"
                + " join report_position p on p.code = ke.position_code"
                + " left join report_development_plan_line l on l.case_number = n.case_number"
                + " and l.competency_code = n.competency_code"
                + " where ke.agency = ? and k.cycle_year = ? and n.round = 1", rs -> {
                    assessed.add(rs.getString(1));
                    if ("NONE".equals(rs.getString(7))) {
                        return;
                    }
                    boolean approved = rs.getString(9) != null;
                    boolean planned = rs.getString(10) != null && rs.getString(15) == null;
                    needs.add(new Need(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8),
                            !planned ? null : approved ? rs.getString(9) : rs.getString(10),
                            !planned ? null : (Integer) rs.getObject(approved ? 11 : 12, Integer.class),
                            !planned ? null : rs.getBigDecimal(approved ? 13 : 14)));
                }, agency, year);
        return new Analysis(agency, year, employees, assessed.size(),
                (int) needs.stream().map(Need::nip).distinct().count(), needs.size(),
                (int) needs.stream().filter(n -> n.kind() != null).count(),
                jp(needs), cost(needs), lines(needs), competencies(needs));
    }

    private static List<Line> lines(List<Need> needs) {
        Map<List<String>, List<Need>> grouped = new LinkedHashMap<>();
        for (Need n : needs) {
            grouped.computeIfAbsent(Arrays.asList(n.unit(), n.position(), n.competencyCode(), n.priority()),
                    key -> new ArrayList<>()).add(n);
        }
        List<Line> lines = new ArrayList<>();
        grouped.values().forEach(group -> {
            Need first = group.get(0);
            lines.add(new Line(first.unit(), first.position(), first.competencyCode(), first.competency(),
                    first.competencyEn(), first.priority(), (int) group.stream().map(Need::nip).distinct().count(),
                    group.stream().map(Need::gap).reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(group.size()), 2, RoundingMode.HALF_UP),
                    kinds(group), (int) group.stream().filter(n -> n.kind() != null).count(), jp(group), cost(group)));
        });
        lines.sort(Comparator.comparing((Line l) -> l.unit() == null ? "\uffff" : l.unit())
                .thenComparing(Line::position).thenComparing(l -> PRIORITIES.indexOf(l.priority()))
                .thenComparing(Line::competency));
        return lines;
    }

    private static List<Competency> competencies(List<Need> needs) {
        Map<String, List<Need>> grouped = new TreeMap<>();
        needs.forEach(n -> grouped.computeIfAbsent(n.competencyCode(), code -> new ArrayList<>()).add(n));
        List<Competency> competencies = new ArrayList<>();
        grouped.values().forEach(group -> {
            Map<String, Integer> byPriority = new LinkedHashMap<>();
            PRIORITIES.forEach(p -> byPriority.put(p, (int) group.stream().filter(n -> n.priority().equals(p)).count()));
            Need first = group.get(0);
            competencies.add(new Competency(first.competencyCode(), first.competency(), first.competencyEn(),
                    byPriority, (int) group.stream().map(Need::nip).distinct().count(), kinds(group),
                    (int) group.stream().filter(n -> n.kind() != null).count(), jp(group), cost(group)));
        });
        // the most needed first, then the most urgently needed
        competencies.sort(Comparator.comparing(Competency::employees).reversed()
                .thenComparing(c -> -c.byPriority().get("HIGH")).thenComparing(Competency::name));
        return competencies;
    }

    /** The planned forms of development and how many lines give each, the most frequent first. */
    private static Map<String, Integer> kinds(List<Need> group) {
        Map<String, Integer> counts = new TreeMap<>();
        group.stream().filter(n -> n.kind() != null).forEach(n -> counts.merge(n.kind(), 1, Integer::sum));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static int jp(List<Need> group) {
        return group.stream().mapToInt(n -> n.jp() == null ? 0 : n.jp()).sum();
    }

    private static BigDecimal cost(List<Need> group) {
        return group.stream().map(n -> n.cost() == null ? BigDecimal.ZERO : n.cost()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
