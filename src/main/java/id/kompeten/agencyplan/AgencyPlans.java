package id.kompeten.agencyplan;

import static id.kompeten.forms.RequestFields.refused;
import static id.kompeten.forms.RequestFields.required;

import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.forms.FieldError;
import id.kompeten.forms.ReportYears;
import id.kompeten.forms.RequestRefused;
import id.kompeten.process.AgencyPlanProcess;
import id.kompeten.process.TrustedEngineCalls;
import id.kompeten.report.NeedsAnalysis;
import id.kompeten.security.CaseAccess;
import id.kompeten.training.DevelopmentKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's annual competency development plan (PP 11/2017 Ps. 205 and 207, as amended by PP 17/2020): HR of the
 * agency start it for a year ({@code POST /api/agency-plans}), prepare it in Tasklist from the needs analysis, and the
 * head of the agency sets it or returns it with a note ({@code AgencyPlanProcess}). One plan per agency and year; its
 * lines are HR's until the head sets it, then nobody changes them.
 */
@Service
@Transactional
public class AgencyPlans {

    private final AgencyPlanRepository plans;
    private final AgencyPlanLineRepository lines;
    private final EmployeeDirectory directory;
    private final NeedsAnalysis needs;
    private final CaseAccess access;
    private final RuntimeService runtime;
    private final TrustedEngineCalls trusted;
    private final AgencyPlanNumbers numbers;
    private final Clock clock;

    AgencyPlans(AgencyPlanRepository plans, AgencyPlanLineRepository lines, EmployeeDirectory directory,
                NeedsAnalysis needs, CaseAccess access, RuntimeService runtime, TrustedEngineCalls trusted,
                AgencyPlanNumbers numbers, Clock clock) {
        this.plans = plans;
        this.lines = lines;
        this.directory = directory;
        this.needs = needs;
        this.access = access;
        this.runtime = runtime;
        this.trusted = trusted;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** A plan to start: the agency, its year, and who sets it (needed only where the agency has several heads). */
    public record Start(String agency, Integer year, String head) {}

    public AgencyPlan start(Start s) {
        String agency = required(s.agency(), "agency").strip();
        if (!access.mayManageAgency(agency)) {
            throw new RequestRefused(HttpStatus.FORBIDDEN, new FieldError("agency", "jp.agency.forbidden", agency));
        }
        int year = ReportYears.orThisYear(s.year(), clock);
        String head = head(agency, s.head());
        plans.findByAgencyAndPlanYear(agency, year).ifPresent(existing -> {
            throw new RequestRefused(HttpStatus.CONFLICT, new FieldError("year", "agencyplan.exists",
                    String.valueOf(year), existing.getPlanNumber()));
        });
        AgencyPlan plan = plans.save(new AgencyPlan(numbers.next(year), agency, year, head, access.callerName(),
                clock.instant()));
        plan.startedAs(trusted.call(() -> runtime.startProcessInstanceByKey(AgencyPlanProcess.PROCESS_ID,
                plan.getPlanNumber(), Map.of(AgencyPlanProcess.PLAN_ID, plan.getId(),
                        AgencyPlanProcess.PLAN_NUMBER, plan.getPlanNumber(), AgencyPlanProcess.HEAD, head)).getId()));
        return plan;
    }

    /** Who sets the plan: the agency's head; where it has several, the one named. */
    private String head(String agency, String named) {
        List<String> heads = directory.headsOf(agency).stream().map(Employee::getUsername).toList();
        if (heads.isEmpty()) {
            throw refused("agency", "agencyplan.head.none");
        }
        if (named != null && !named.isBlank()) {
            if (!heads.contains(named.strip())) {
                throw refused("head", "agencyplan.head.unknown", String.join(", ", heads));
            }
            return named.strip();
        }
        if (heads.size() > 1) {
            throw refused("head", "agencyplan.head.choose", String.join(", ", heads));
        }
        return heads.get(0);
    }

    public AgencyPlan get(long id) {
        return plans.findById(id).orElseThrow(() -> new IllegalStateException("no agency plan " + id));
    }

    /** The plan of an agency's year, for HR of that agency and its head; nobody else learns it exists. */
    public Optional<AgencyPlan> readable(String agency, int year) {
        return plans.findByAgencyAndPlanYear(agency, year)
                .filter(p -> access.mayManageAgency(agency) || p.getHead().equals(access.callerName()));
    }

    public List<AgencyPlanLine.Content> linesOf(long planId) {
        return lines.findByPlanIdOrderByLineNo(planId).stream().map(AgencyPlanLine::content).toList();
    }

    /** HR's lines, replacing those of an earlier preparation; the plan goes to its head. */
    void prepare(long planId, List<AgencyPlanLine.Content> prepared, String actor) {
        AgencyPlan plan = get(planId);
        if (plan.getStatus() == AgencyPlan.Status.APPROVED) {
            throw new IllegalStateException("plan " + plan.getPlanNumber() + " is set: its lines stay as they are");
        }
        lines.deleteAllInBatch(lines.findByPlanIdOrderByLineNo(planId));
        for (int i = 0; i < prepared.size(); i++) {
            lines.save(new AgencyPlanLine(planId, i + 1, prepared.get(i)));
        }
        plan.prepared(actor, clock.instant());
    }

    void decide(long planId, boolean approved, String note, String actor) {
        get(planId).decided(approved, note, actor, clock.instant());
    }

    /**
     * The lines the needs analysis proposes: one per competency needed, for the employees who need it, by the form
     * of development their plans give it most (a course where none is planned), with the JP and cost per
     * participant their plans give it on average (20 JP, the yearly minimum, and no cost where none is planned).
     */
    List<AgencyPlanLine.Content> proposal(AgencyPlan plan) {
        NeedsAnalysis.Analysis analysis = needs.of(plan.getAgency(), plan.getPlanYear());
        List<AgencyPlanLine.Content> proposed = new ArrayList<>();
        for (NeedsAnalysis.Competency c : analysis.competencies()) {
            DevelopmentKind kind = c.kinds().keySet().stream().findFirst().map(DevelopmentKind::valueOf)
                    .orElse(DevelopmentKind.PELATIHAN);
            int jp = c.planned() == 0 ? 20 : Math.max(1, Math.round((float) c.jp() / c.planned()));
            BigDecimal cost = c.planned() == 0 ? BigDecimal.ZERO : c.cost()
                    .divide(BigDecimal.valueOf(c.planned()), 0, RoundingMode.HALF_UP)
                    .multiply(BigDecimal.valueOf(c.employees()));
            String target = analysis.lines().stream().filter(l -> l.competencyCode().equals(c.code()))
                    .map(l -> l.position() + (l.unit() == null ? "" : " (" + l.unit() + ")")).distinct()
                    .collect(Collectors.joining("; "));
            proposed.add(new AgencyPlanLine.Content(c.code(), kind, target.length() > 300 ? target.substring(0, 297)
                    + "..." : target, c.employees(), jp, cost, null, null, null, null));
        }
        return proposed;
    }

    /** What the forms show above the lines: the agency and year, and what the needs analysis found. */
    String summary(AgencyPlan plan) {
        NeedsAnalysis.Analysis a = needs.of(plan.getAgency(), plan.getPlanYear());
        StringBuilder text = new StringBuilder("%s, tahun %d (%s)\nAnalisis kebutuhan: %d pegawai dievaluasi, %d kebutuhan"
                .formatted(plan.getAgency(), plan.getPlanYear(), plan.getPlanNumber(), a.assessed(), a.needs()));
        for (NeedsAnalysis.Competency c : a.competencies()) {
            text.append("\n- ").append(c.name()).append(" (").append(c.code()).append("): ").append(c.employees())
                    .append(" pegawai, prioritas tinggi ").append(c.byPriority().get("HIGH"));
        }
        if (plan.getDecisionNote() != null && plan.getStatus() == AgencyPlan.Status.PREPARING) {
            text.append("\nDikembalikan oleh ").append(plan.getDecidedBy()).append(": ").append(plan.getDecisionNote());
        }
        return text.toString();
    }

    /** The plan as prepared, line by line, for its head to set. */
    String linesSummary(AgencyPlan plan) {
        List<AgencyPlanLine.Content> prepared = linesOf(plan.getId());
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("id"));
        BigDecimal total = prepared.stream().map(AgencyPlanLine.Content::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
        StringBuilder text = new StringBuilder("%s, tahun %d (%s): %d kegiatan, anggaran Rp %s".formatted(plan.getAgency(),
                plan.getPlanYear(), plan.getPlanNumber(), prepared.size(), rupiah(total)));
        int i = 1;
        for (AgencyPlanLine.Content l : prepared) {
            text.append("\n%d. %s (%s): %s, %s; %d peserta × %d JP; %s–%s; Rp %s%s".formatted(i++,
                    directory.competency(l.competencyCode()).getName(), l.kind().siasnName(), l.targetGroup(),
                    l.organiser(), l.participants(), l.jp(), day.format(l.startsOn()), day.format(l.endsOn()),
                    rupiah(l.budget()), l.curriculum() == null ? "" : "; kurikulum: " + l.curriculum()));
        }
        return text.toString();
    }

    static String rupiah(BigDecimal amount) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("id")).format(amount);
    }
}
