package id.kompeten.report;

import static id.kompeten.report.ProgrammeReportView.cell;
import static id.kompeten.report.ProgrammeReportView.table;
import static id.kompeten.report.ProgrammeReportView.titled;

import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.forms.FieldError;
import id.kompeten.forms.ReportYears;
import id.kompeten.forms.RequestRefused;
import id.kompeten.security.CaseAccess;
import id.kompeten.training.DevelopmentKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agency's annual development plan and its realisation as a page in the report's style
 * ({@code /laporan/rencana?instansi=&tahun=}), its PDF and CSV: the plan in the items of PP 11/2017 Ps. 207 (3), and
 * the "plan vs realisation" table that evaluation reports close with. HR of the agency and its heads.
 */
@Controller
class AgencyPlanPage {

    static final String BASE = "/laporan/rencana";

    private final PlanRealisation realisation;
    private final ReportRenderer pages;
    private final EvaluationReports evaluation;
    private final CaseAccess access;
    private final EmployeeDirectory employees;
    private final Clock clock;

    AgencyPlanPage(PlanRealisation realisation, ReportRenderer pages, EvaluationReports evaluation, CaseAccess access,
                   EmployeeDirectory employees, Clock clock) {
        this.realisation = realisation;
        this.pages = pages;
        this.evaluation = evaluation;
        this.access = access;
        this.employees = employees;
        this.clock = clock;
    }

    /** The plan of the year asked, or none yet. */
    private record Shown(String agency, int year, PlanRealisation.Plan plan) {}

    @GetMapping(value = BASE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@RequestParam String instansi, @RequestParam(required = false) Integer tahun,
                                @RequestParam(required = false) String lang, Principal principal) {
        ReportText t = pages.text(lang);
        Shown shown = shown(instansi, tahun, principal);
        return ReportRenderer.html(pages.render(page(shown, t, false), t, BASE, BASE + ".csv", "plan.csv", query(shown, t)));
    }

    @GetMapping(BASE + "/pdf")
    ResponseEntity<byte[]> pdf(@RequestParam String instansi, @RequestParam(required = false) Integer tahun,
                               @RequestParam(required = false) String lang, Principal principal) {
        ReportText t = pages.text(lang);
        Shown shown = shown(instansi, tahun, principal);
        return pages.pdf(pages.render(page(shown, t, true), t, BASE, BASE + ".csv", "plan.csv", query(shown, t)), BASE,
                "rencana-pengembangan-kompetensi-" + shown.year() + ".pdf");
    }

    @GetMapping(BASE + ".csv")
    ResponseEntity<String> csv(@RequestParam String instansi, @RequestParam(required = false) Integer tahun,
                               @RequestParam(required = false) String lang, @RequestParam(required = false) String format,
                               Principal principal) {
        Shown shown = shown(instansi, tahun, principal);
        ReportText t = pages.text(lang);
        return ReportRenderer.csv(evaluation.csvFormat(format, lang).write(csvColumns(t),
                shown.plan() == null ? List.of() : shown.plan().lines()),
                "rencana-pengembangan-kompetensi-" + shown.year() + ".csv");
    }

    @ExceptionHandler(RequestRefused.class)
    ResponseEntity<String> refused(RequestRefused refused) {
        return pages.refused(refused);
    }

    /** The CSV: a line each, its plan in the items of Ps. 207 (3) and its realisation. */
    private static List<ReportCsv.Column<PlanRealisation.Line>> csvColumns(ReportText t) {
        return List.of(
                new ReportCsv.Column<>("lineNo", PlanRealisation.Line::lineNo),
                new ReportCsv.Column<>("competencyCode", PlanRealisation.Line::competencyCode),
                new ReportCsv.Column<>("competency", l -> t.english() ? l.competencyEn() : l.competency()),
                new ReportCsv.Column<>("targetGroup", PlanRealisation.Line::targetGroup),
                new ReportCsv.Column<>("kind", PlanRealisation.Line::kind, "development.kind."),
                new ReportCsv.Column<>("organiser", PlanRealisation.Line::organiser),
                new ReportCsv.Column<>("startsOn", PlanRealisation.Line::startsOn),
                new ReportCsv.Column<>("endsOn", PlanRealisation.Line::endsOn),
                new ReportCsv.Column<>("curriculum", PlanRealisation.Line::curriculum),
                new ReportCsv.Column<>("participants", PlanRealisation.Line::participants),
                new ReportCsv.Column<>("jpPerParticipant", PlanRealisation.Line::jp),
                new ReportCsv.Column<>("budget", PlanRealisation.Line::budget),
                new ReportCsv.Column<>("held", l -> l.realised().held()),
                new ReportCsv.Column<>("participantsRealised", l -> l.realised().participants()),
                new ReportCsv.Column<>("jpRealised", l -> l.realised().jp()),
                new ReportCsv.Column<>("budgetUsed", l -> l.realised().budgetUsed()));
    }

    private static String query(Shown shown, ReportText t) {
        return "&instansi=" + URLEncoder.encode(shown.agency(), StandardCharsets.UTF_8) + "&tahun=" + shown.year()
                + "&lang=" + t.lang();
    }

    private Map<String, Object> page(Shown shown, ReportText t, boolean pdf) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("lang", t.lang());
        page.put("title", t.get("plan.title"));
        page.put("subtitle", t.get("page.subtitle", shown.agency(), String.valueOf(shown.year())));
        page.put("versionNote", t.get("page.live", t.moment(clock.instant())));
        page.put("pdf", pdf);
        PlanRealisation.Plan plan = shown.plan();
        page.put("sections", plan == null
                ? List.of(titled("ringkasan", t.get("plan.section.summary"), List.of(t.get("plan.none")), List.of(),
                        List.of(), List.of()))
                : List.of(summary(plan, t), realisation(plan, t), planned(plan, t), method(t)));
        return page;
    }

    private Map<String, Object> summary(PlanRealisation.Plan p, ReportText t) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(switch (p.status()) {
            case "APPROVED" -> t.get("plan.status.approved", p.planNumber(),
                    employees.byUsername(p.decidedBy()).map(e -> e.getName()).orElse(p.decidedBy()),
                    t.date(p.decidedAt().atZone(ZoneId.of("Asia/Jakarta")).toLocalDate()));
            case "SUBMITTED" -> t.get("plan.status.submitted", p.planNumber());
            default -> t.get("plan.status.preparing", p.planNumber());
        });
        PlanRealisation.Realised r = p.realised();
        paragraphs.add(t.get("plan.summary.planned", p.lines().size(), p.plannedParticipants(), p.plannedJp(),
                t.figure("budgetUsed", p.plannedBudget())));
        paragraphs.add(t.get("plan.summary.realised", r.held(), r.participants(), t.number(r.jp()),
                t.figure("budgetUsed", r.budgetUsed()), share(r.jp(), BigDecimal.valueOf(p.plannedJp()), t),
                share(r.budgetUsed(), p.plannedBudget(), t)));
        if (p.outside().held() > 0) {
            paragraphs.add(t.get("plan.summary.outside", p.outside().held(), p.outside().participants(),
                    t.number(p.outside().jp())));
        }
        return titled("ringkasan", t.get("plan.section.summary"), paragraphs, List.of(), List.of(), List.of());
    }

    private static Map<String, Object> realisation(PlanRealisation.Plan p, ReportText t) {
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        for (PlanRealisation.Line l : p.lines()) {
            PlanRealisation.Realised r = l.realised();
            rows.add(List.of(cell(String.valueOf(l.lineNo())),
                    cell((t.english() ? l.competencyEn() : l.competency()) + " — " + t.code("development.kind.", l.kind())),
                    cell(l.participants() + " / " + r.participants()), cell(l.plannedJp() + " / " + t.number(r.jp())),
                    cell(t.figure("budgetUsed", l.budget()) + " / " + t.figure("budgetUsed", r.budgetUsed())),
                    cell(String.valueOf(r.held()))));
        }
        PlanRealisation.Realised o = p.outside();
        rows.add(List.of(cell(""), cell(t.get("plan.outside")), cell("– / " + o.participants()),
                cell("– / " + t.number(o.jp())), cell("– / " + t.figure("budgetUsed", o.budgetUsed())),
                cell(String.valueOf(o.held()))));
        PlanRealisation.Realised r = p.realised();
        rows.add(List.of(cell(""), cell(t.get("plan.total")), cell(p.plannedParticipants() + " / " + r.participants()),
                cell(p.plannedJp() + " / " + t.number(r.jp())),
                cell(t.figure("budgetUsed", p.plannedBudget()) + " / " + t.figure("budgetUsed", r.budgetUsed())),
                cell(String.valueOf(r.held()))));
        return titled("realisasi", t.get("plan.section.realisation"), List.of(t.get("plan.realisation.note")), List.of(),
                List.of(table(null, List.of(t.get("plan.col.no"), t.get("plan.col.line"), t.get("plan.col.participants"),
                        t.get("plan.col.jp"), t.get("plan.col.budget"), t.get("plan.col.held")), rows)), List.of());
    }

    /** The plan as an agency files it: the items PP 11/2017 Ps. 207 (3) names, a line each. */
    private static Map<String, Object> planned(PlanRealisation.Plan p, ReportText t) {
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        for (PlanRealisation.Line l : p.lines()) {
            rows.add(List.of(cell(String.valueOf(l.lineNo())), cell(t.english() ? l.competencyEn() : l.competency()),
                    cell(l.targetGroup() + " (" + t.get("plan.participants", l.participants()) + ")"),
                    cell(t.code("development.kind.", l.kind()) + " — " + t.code("development.family.",
                            DevelopmentKind.valueOf(l.kind()).family().name())),
                    cell(l.organiser()), cell(t.date(l.startsOn()) + " – " + t.date(l.endsOn())),
                    cell(l.curriculum() == null ? t.get("page.noValue") : l.curriculum()),
                    cell(l.jp() + " JP"), cell(t.figure("budgetUsed", l.budget()))));
        }
        return titled("rencana", t.get("plan.section.plan"), List.of(t.get("plan.plan.note")), List.of(),
                List.of(table(null, List.of(t.get("plan.col.no"), t.get("plan.col.competency"), t.get("plan.col.target"),
                        t.get("plan.col.kind"), t.get("plan.col.organiser"), t.get("plan.col.schedule"),
                        t.get("plan.col.curriculum"), t.get("plan.col.jpEach"), t.get("plan.col.budgetPlanned")), rows)),
                List.of());
    }

    private static Map<String, Object> method(ReportText t) {
        return titled("metode", t.get("plan.section.method"), List.of(t.get("plan.method.match"),
                t.get("plan.method.cost")), List.of(), List.of(), List.of());
    }

    /** "62,5%" of what was planned; "–" when nothing was. */
    private static String share(BigDecimal realised, BigDecimal planned, ReportText t) {
        if (planned.signum() == 0) {
            return "–";
        }
        return t.number(realised.multiply(BigDecimal.valueOf(100)).divide(planned, 1, RoundingMode.HALF_UP)) + "%";
    }

    /** The year asked for (else this year), once the caller is known to be HR of the agency or one of its heads. */
    private Shown shown(String agency, Integer year, Principal principal) {
        boolean head = principal != null && employees.headsOf(agency).stream()
                .anyMatch(h -> h.getUsername().equals(principal.getName()));
        if (!access.mayManageAgency(agency) && !head) {
            throw new RequestRefused(HttpStatus.NOT_FOUND, new FieldError("instansi", "jp.agency.forbidden", agency));
        }
        int y = ReportYears.orThisYear(year, clock, "tahun");
        return new Shown(agency, y, realisation.of(agency, y).orElse(null));
    }
}
