package id.kompeten.report;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The agency's annual plan against its realisation: each line of the plan (what it planned: participants, JP,
 * budget) beside what the year's JP ledger credited to the agency's employees for it: the activities held, the
 * participants, the JP and the budget used. A credit counts for the first line of its competency and form of
 * development: a course's credit by its course's competency (form: scheduled training), an activity's by the line of
 * the employee's development plan it ran for; a credit no line plans (a claim, an activity outside any plan) counts as
 * outside the plan. Budget used: a course's enrolment cost, a planned activity's approved cost.
 */
@Component
class PlanRealisation {

    /** A plan line and its realisation. */
    record Line(int lineNo, String competencyCode, String competency, String competencyEn, String kind,
                String targetGroup, int participants, int jp, BigDecimal budget, String organiser, LocalDate startsOn,
                LocalDate endsOn, String curriculum, Realised realised) {

        /** The plan's JP: each participant's JP. */
        long plannedJp() {
            return (long) participants * jp;
        }
    }

    /** What was held: activities (a course's session, an activity, a claim), distinct participants, JP, budget used. */
    record Realised(int held, int participants, BigDecimal jp, BigDecimal budgetUsed) {}

    record Plan(String planNumber, String agency, int year, String status, String decidedBy, Instant decidedAt,
                List<Line> lines, Realised outside) {

        long plannedParticipants() {
            return lines.stream().mapToLong(Line::participants).sum();
        }

        long plannedJp() {
            return lines.stream().mapToLong(Line::plannedJp).sum();
        }

        BigDecimal plannedBudget() {
            return lines.stream().map(Line::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        Realised realised() {
            return new Realised(lines.stream().mapToInt(l -> l.realised().held()).sum(),
                    lines.stream().mapToInt(l -> l.realised().participants()).sum(),
                    lines.stream().map(l -> l.realised().jp()).reduce(BigDecimal.ZERO, BigDecimal::add),
                    lines.stream().map(l -> l.realised().budgetUsed()).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    /** One JP credit of the year: whose, for which competency and form (where known), which activity, its cost. */
    private record Credit(String nip, String competencyCode, String kind, String held, BigDecimal jp, BigDecimal cost) {}

    private final JdbcTemplate jdbc;

    PlanRealisation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Plan> of(String agency, int year) {
        List<Object[]> plans = jdbc.query("select id, plan_number, status, decided_by, decided_at from report_agency_plan"
                + " where agency = ? and plan_year = ?", (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getTimestamp(5)}, agency, year);
        if (plans.isEmpty()) {
            return Optional.empty();
        }
        Object[] plan = plans.get(0);
        List<Line> planned = jdbc.query("select l.line_no, l.competency_code, c.name, c.name_en, l.kind, l.target_group,"
                + " l.participants, l.jp, l.budget, l.organiser, l.starts_on, l.ends_on, l.curriculum"
                + " from report_agency_plan_line l join report_competency c on c.code = l.competency_code"
                + " where l.plan_id = ? order by l.line_no", (rs, i) -> new Line(rs.getInt(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8),
                rs.getBigDecimal(9), rs.getString(10), day(rs.getDate(11)), day(rs.getDate(12)), rs.getString(13),
                null), plan[0]);
        List<Credit> credits = new ArrayList<>();
        jdbc.query("select j.employee_nip, j.kind, j.jp, j.enrollment_id, j.activity_id, c.competency_code,"
                + " n.session_id, n.cost, l.competency_code, l.cost from report_jp_ledger_entry j"
                + " join report_employee e on e.nip = j.employee_nip"
                + " left join report_enrollment n on n.id = j.enrollment_id"
                + " left join report_training_session s on s.id = n.session_id"
                + " left join report_training_course c on c.code = s.course_code"
                + " left join report_development_plan_line l on l.activity_id = j.activity_id"
                + " where e.agency = ? and j.ledger_year = ?", rs -> {
                    boolean course = rs.getObject(4) != null;
                    boolean activity = rs.getObject(5) != null;
                    credits.add(new Credit(rs.getString(1), course ? rs.getString(6) : rs.getString(9), rs.getString(2),
                            course ? "S" + rs.getLong(7) : activity ? "A" + rs.getLong(5) : "C" + credits.size(),
                            rs.getBigDecimal(3), course ? rs.getBigDecimal(8) : activity ? rs.getBigDecimal(10) : null));
                }, agency, year);
        List<List<Credit>> byLine = new ArrayList<>();
        planned.forEach(l -> byLine.add(new ArrayList<>()));
        List<Credit> outside = new ArrayList<>();
        for (Credit credit : credits) {
            int line = -1;
            for (int i = 0; i < planned.size() && line < 0; i++) {
                if (planned.get(i).competencyCode().equals(credit.competencyCode())
                        && planned.get(i).kind().equals(credit.kind())) {
                    line = i;
                }
            }
            (line < 0 ? outside : byLine.get(line)).add(credit);
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            Line l = planned.get(i);
            lines.add(new Line(l.lineNo(), l.competencyCode(), l.competency(), l.competencyEn(), l.kind(),
                    l.targetGroup(), l.participants(), l.jp(), l.budget(), l.organiser(), l.startsOn(), l.endsOn(),
                    l.curriculum(), realised(byLine.get(i))));
        }
        Timestamp decidedAt = (Timestamp) plan[4];
        return Optional.of(new Plan((String) plan[1], agency, year, (String) plan[2], (String) plan[3],
                decidedAt == null ? null : decidedAt.toInstant(), lines, realised(outside)));
    }

    private static Realised realised(List<Credit> credits) {
        Set<String> held = new HashSet<>();
        Set<String> people = new HashSet<>();
        BigDecimal jp = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        Set<String> costed = new HashSet<>();
        for (Credit c : credits) {
            held.add(c.held());
            people.add(c.nip());
            jp = jp.add(c.jp());
            // an activity's cost once however many credits it gave (a course's cost is each enrolment's own)
            if (c.cost() != null && (c.held().startsWith("S") || costed.add(c.held()))) {
                cost = cost.add(c.cost());
            }
        }
        return new Realised(held.size(), people.size(), jp, cost);
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
