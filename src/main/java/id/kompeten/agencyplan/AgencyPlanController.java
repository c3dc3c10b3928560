package id.kompeten.agencyplan;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.ReportYears;
import id.kompeten.forms.RequestRefused;
import id.kompeten.training.DevelopmentKind;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agency's annual plan over /api: HR of the agency start it for a year (then prepare it in Tasklist); HR of the
 * agency and its head read it with its lines. Anyone else gets 404, as for a plan that does not exist.
 */
@RestController
class AgencyPlanController {

    private final AgencyPlans plans;
    private final Clock clock;

    AgencyPlanController(AgencyPlans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    record LineView(String competencyCode, DevelopmentKind kind, String targetGroup, int participants, int jp,
                    BigDecimal budget, String organiser, LocalDate startsOn, LocalDate endsOn, String curriculum) {}

    record PlanView(String planNumber, String agency, int year, AgencyPlan.Status status, String head,
                    String preparedBy, Instant preparedAt, String decidedBy, Instant decidedAt, String decisionNote,
                    List<LineView> lines) {}

    @PostMapping("/api/agency-plans")
    ResponseEntity<PlanView> start(@RequestBody AgencyPlans.Start start) {
        AgencyPlan plan = plans.start(start);
        return ResponseEntity.created(URI.create("/api/agency-plans?agency="
                + URLEncoder.encode(plan.getAgency(), StandardCharsets.UTF_8) + "&year=" + plan.getPlanYear()))
                .body(view(plan));
    }

    @GetMapping("/api/agency-plans")
    PlanView plan(@RequestParam String agency, @RequestParam(required = false) Integer year) {
        int y = ReportYears.orThisYear(year, clock);
        return view(plans.readable(agency, y).orElseThrow(() -> new RequestRefused(HttpStatus.NOT_FOUND,
                new FieldError("agency", "agencyplan.notFound", agency, String.valueOf(y)))));
    }

    private PlanView view(AgencyPlan p) {
        return new PlanView(p.getPlanNumber(), p.getAgency(), p.getPlanYear(), p.getStatus(), p.getHead(),
                p.getPreparedBy(), p.getPreparedAt(), p.getDecidedBy(), p.getDecidedAt(), p.getDecisionNote(),
                plans.linesOf(p.getId()).stream().map(l -> new LineView(l.competencyCode(), l.kind(), l.targetGroup(),
                        l.participants(), l.jp(), l.budget(), l.organiser(), l.startsOn(), l.endsOn(), l.curriculum()))
                        .toList());
    }
}
