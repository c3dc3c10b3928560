package id.kompeten.plan;

import id.kompeten.activity.Activities;
import id.kompeten.activity.DevelopmentActivity;
import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.evaluation.TrainingNeed;
import id.kompeten.evaluation.TrainingNeeds;
import id.kompeten.training.DevelopmentKind;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The development plans of cases. A plan has one line per competency whose need calls for development (priority not
 * NONE), each with its kind of development, intended JP, estimated cost and timing. The employee proposes; the
 * supervisor keeps, changes or drops each line (a dropped line needs the supervisor's reason, so no high-priority gap
 * is left without someone answerable deciding it); the plan's cost is checked against what is left of the agency's
 * budget for the year (its programme budgets less the other approved plans), and HR confirm a plan beyond it or send it
 * back. Then the lines that are not a scheduled course become the case's development activities.
 */
@Service
@Transactional
public class DevelopmentPlans {

    /** The needs of the plan are those of the case's first round: follow-up rounds are courses again. */
    static final int PLAN_ROUND = 1;
    static final String HIGH = "HIGH";

    private final DevelopmentPlanRepository plans;
    private final PlanLineRepository lines;
    private final TrainingNeeds needs;
    private final EmployeeDirectory directory;
    private final Activities activities;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DevelopmentPlans(DevelopmentPlanRepository plans, PlanLineRepository lines, TrainingNeeds needs,
                     EmployeeDirectory directory, Activities activities, JdbcTemplate jdbc, Clock clock) {
        this.plans = plans;
        this.lines = lines;
        this.needs = needs;
        this.directory = directory;
        this.activities = activities;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The kinds a plan line may take: all whose steps run within the year (a course, an event, a guidance, self-paced
     * learning, a placement); further study spans years and runs as an activity of its own (POST /api/activities).
     */
    static final List<DevelopmentKind> PLANNABLE = java.util.Arrays.stream(DevelopmentKind.values())
            .filter(k -> k.path() != DevelopmentKind.Path.STUDY).toList();

    @Transactional(readOnly = true)
    public List<TrainingNeed> needsOf(String caseNumber) {
        return needs.needsOf(caseNumber, PLAN_ROUND);
    }

    @Transactional(readOnly = true)
    public int cycleYear(String caseNumber) {
        return jdbc.queryForObject("select cycle_year from competency_case where case_number = ?", Integer.class,
                caseNumber);
    }

    /** The employee's proposal, one line per need (checked by the form before). */
    void propose(String caseNumber, Employee employee, Map<String, PlanLine.Approval> byCompetency, String by) {
        if (plans.existsById(caseNumber)) {
            throw new IllegalStateException("case " + caseNumber + " has a plan already");
        }
        plans.save(new DevelopmentPlan(caseNumber, cycleYear(caseNumber), employee.getAgency(), by, clock.instant()));
        for (TrainingNeed need : needsOf(caseNumber)) {
            lines.save(new PlanLine(caseNumber, need.getCompetencyCode(), need.getPriority(),
                    byCompetency.get(need.getCompetencyCode())));
        }
    }

    /** The supervisor's approval: each line kept (as proposed or changed) or dropped with its reason. */
    void approve(String caseNumber, Map<String, PlanLine.Approval> kept, Map<String, String> dropped, String note,
                 String by) {
        BigDecimal total = BigDecimal.ZERO;
        for (PlanLine line : linesOf(caseNumber)) {
            PlanLine.Approval approval = kept.get(line.getCompetencyCode());
            if (approval != null) {
                line.approve(approval);
                total = total.add(approval.cost());
            } else {
                line.drop(dropped.get(line.getCompetencyCode()));
            }
        }
        plan(caseNumber).approved(by, clock.instant(), note, total);
    }

    /** Checks the approved plan's cost against the agency's budget left for the year; true if within it. */
    boolean checkBudget(String caseNumber) {
        DevelopmentPlan plan = plan(caseNumber);
        BigDecimal allocated = jdbc.queryForObject("select coalesce(sum(allocated), 0) from programme_budget "
                + "where agency = ? and budget_year = ?", BigDecimal.class, plan.getAgency(), plan.getCycleYear());
        BigDecimal planned = jdbc.queryForObject("select coalesce(sum(total_cost), 0) from development_plan "
                + "where agency = ? and cycle_year = ? and status = 'APPROVED' and case_number <> ?", BigDecimal.class,
                plan.getAgency(), plan.getCycleYear(), caseNumber);
        plan.checked(allocated.subtract(planned));
        return plan.getStatus() == DevelopmentPlan.Status.APPROVED;
    }

    void decideBudget(String caseNumber, boolean confirmed, String note, String by) {
        plan(caseNumber).budgetDecided(confirmed, by, clock.instant(), note);
    }

    /** The approved plan's activities that are not a course, made ready to run; what the case runs next. */
    public record Running(boolean course, List<String> activityNumbers) {}

    Running startActivities(String caseNumber, String employeeNip) {
        DevelopmentPlan plan = plan(caseNumber);
        boolean course = false;
        List<String> numbers = new ArrayList<>();
        for (PlanLine line : linesOf(caseNumber)) {
            if (line.isDropped()) {
                continue;
            }
            if (line.getKind().path() == DevelopmentKind.Path.SCHEDULED_COURSE) {
                course = true;
                continue;
            }
            String title = directory.competency(line.getCompetencyCode()).getName();
            DevelopmentActivity activity = activities.planned(caseNumber, employeeNip, line.getKind(), title,
                    line.getOrganiser(), line.getStartsOn(), line.getEndsOn(), plan.getApprovedBy());
            line.runAs(activity.getId());
            numbers.add(activity.getActivityNumber());
        }
        return new Running(course, numbers);
    }

    /** The numbers of the case's planned activities, in the plan's order: the case runs one call for each. */
    @Transactional(readOnly = true)
    public List<String> activityNumbers(String caseNumber) {
        return activities.ofCase(caseNumber).stream().map(a -> a.getActivityNumber()).toList();
    }

    /**
     * The case's high-priority needs that nothing addresses: no line kept for them and no reason from the supervisor
     * for dropping it. Empty for a case whose plan was made as the rules require; the closing refuses any other.
     */
    @Transactional(readOnly = true)
    public List<String> unaddressedHighGaps(String caseNumber) {
        Map<String, PlanLine> byCode = linesOf(caseNumber).stream()
                .collect(Collectors.toMap(PlanLine::getCompetencyCode, Function.identity()));
        return needsOf(caseNumber).stream().filter(n -> HIGH.equals(n.getPriority()))
                .map(TrainingNeed::getCompetencyCode)
                .filter(code -> !byCode.containsKey(code) || !byCode.get(code).isAddressed())
                .toList();
    }

    @Transactional(readOnly = true)
    public DevelopmentPlan plan(String caseNumber) {
        return plans.findById(caseNumber).orElseThrow(() -> new IllegalStateException("no plan in " + caseNumber));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<DevelopmentPlan> find(String caseNumber) {
        return plans.findById(caseNumber);
    }

    /** The number of the activity a line runs as, if it is not a course. */
    @Transactional(readOnly = true)
    public String activityNumberOf(PlanLine line) {
        return line.getActivityId() == null ? null : activities.get(line.getActivityId()).getActivityNumber();
    }

    @Transactional(readOnly = true)
    public List<PlanLine> linesOf(String caseNumber) {
        return lines.findByCaseNumberOrderByIdAsc(caseNumber);
    }

    /** The plan as its readers see it on the forms: one line per competency, kept or dropped, and its total. */
    @Transactional(readOnly = true)
    public String summary(String caseNumber, boolean approved) {
        List<String> out = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int i = 1;
        for (PlanLine line : linesOf(caseNumber)) {
            String name = directory.competency(line.getCompetencyCode()).getName();
            if (approved && line.isDropped()) {
                out.add("%d. %s: tidak dilaksanakan (%s)".formatted(i++, name, line.getDroppedReason()));
                continue;
            }
            PlanLine.Approval a = approved ? new PlanLine.Approval(line.getKind(), line.getIntendedJp(), line.getCost(),
                    line.getStartsOn(), line.getEndsOn(), line.getOrganiser()) : line.proposal();
            total = total.add(a.cost());
            out.add("%d. %s (prioritas %s): %s, %d JP, Rp %s, %s s.d. %s%s".formatted(i++, name,
                    TrainingNeeds.priorityLabel(line.getPriority()), a.kind().siasnName(), a.jp(), rupiah(a.cost()),
                    a.startsOn(), a.endsOn(), a.organiser() == null ? "" : ", " + a.organiser()));
        }
        out.add("Jumlah biaya: Rp " + rupiah(total));
        return String.join("\n", out);
    }

    /** An amount in Rupiah as Indonesians write it (60.000.000). */
    static String rupiah(BigDecimal amount) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("id")).format(amount);
    }
}
