package id.kompeten.report;

import static id.kompeten.report.ProgrammeReportView.cell;
import static id.kompeten.report.ProgrammeReportView.table;
import static id.kompeten.report.ProgrammeReportView.titled;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.ReportYears;
import id.kompeten.forms.RequestRefused;
import id.kompeten.security.CaseAccess;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agency's needs analysis of a year as a page in the report's style ({@code /laporan/kebutuhan?instansi=&tahun=}),
 * its PDF and its CSV (one row per line: unit, position, competency, priority). Figures only, no names: HR of the
 * agency, and the heads they show it to, read what the agency needs, not who.
 */
@Controller
class NeedsAnalysisPage {

    static final String BASE = "/laporan/kebutuhan";

    private final NeedsAnalysis analysis;
    private final ReportRenderer pages;
    private final EvaluationReports evaluation;
    private final CaseAccess access;
    private final Clock clock;

    NeedsAnalysisPage(NeedsAnalysis analysis, ReportRenderer pages, EvaluationReports evaluation, CaseAccess access,
                      Clock clock) {
        this.analysis = analysis;
        this.pages = pages;
        this.evaluation = evaluation;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping(value = BASE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@RequestParam String instansi, @RequestParam(required = false) Integer tahun,
                                @RequestParam(required = false) String lang) {
        ReportText t = pages.text(lang);
        NeedsAnalysis.Analysis shown = analysis.of(instansi, year(instansi, tahun));
        return ReportRenderer.html(pages.render(page(shown, t, false), t, BASE, BASE + ".csv", "needs.csv", query(shown, t)));
    }

    @GetMapping(BASE + "/pdf")
    ResponseEntity<byte[]> pdf(@RequestParam String instansi, @RequestParam(required = false) Integer tahun,
                               @RequestParam(required = false) String lang) {
        ReportText t = pages.text(lang);
        NeedsAnalysis.Analysis shown = analysis.of(instansi, year(instansi, tahun));
        return pages.pdf(pages.render(page(shown, t, true), t, BASE, BASE + ".csv", "needs.csv", query(shown, t)), BASE,
                "analisis-kebutuhan-" + shown.year() + ".pdf");
    }

    @GetMapping(BASE + ".csv")
    ResponseEntity<String> csv(@RequestParam String instansi, @RequestParam(required = false) Integer tahun,
                               @RequestParam(required = false) String lang, @RequestParam(required = false) String format) {
        NeedsAnalysis.Analysis shown = analysis.of(instansi, year(instansi, tahun));
        return ReportRenderer.csv(evaluation.csvFormat(format, lang).write(csvColumns(pages.text(lang)), shown.lines()),
                "analisis-kebutuhan-" + shown.year() + ".csv");
    }

    @ExceptionHandler(RequestRefused.class)
    ResponseEntity<String> refused(RequestRefused refused) {
        return pages.refused(refused);
    }

    /** The CSV's columns: a line's figures, its codes as words in a spreadsheet, the competency in the reader's language. */
    private static List<ReportCsv.Column<NeedsAnalysis.Line>> csvColumns(ReportText t) {
        return List.of(
                new ReportCsv.Column<>("unit", NeedsAnalysis.Line::unit),
                new ReportCsv.Column<>("position", NeedsAnalysis.Line::position),
                new ReportCsv.Column<>("competencyCode", NeedsAnalysis.Line::competencyCode),
                new ReportCsv.Column<>("competency", line -> name(line.competency(), line.competencyEn(), t)),
                new ReportCsv.Column<>("priority", NeedsAnalysis.Line::priority, "needs.priority."),
                new ReportCsv.Column<>("employees", NeedsAnalysis.Line::employees),
                new ReportCsv.Column<>("meanGap", NeedsAnalysis.Line::meanGap),
                new ReportCsv.Column<>("kinds", NeedsAnalysis.Line::kinds, "development.kind."),
                new ReportCsv.Column<>("planned", NeedsAnalysis.Line::planned),
                new ReportCsv.Column<>("plannedJp", NeedsAnalysis.Line::jp),
                new ReportCsv.Column<>("estimatedCost", NeedsAnalysis.Line::cost));
    }

    private static String query(NeedsAnalysis.Analysis a, ReportText t) {
        return "&instansi=" + URLEncoder.encode(a.agency(), StandardCharsets.UTF_8) + "&tahun=" + a.year()
                + "&lang=" + t.lang();
    }

    private Map<String, Object> page(NeedsAnalysis.Analysis a, ReportText t, boolean pdf) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("lang", t.lang());
        page.put("title", t.get("needs.title"));
        page.put("subtitle", t.get("page.subtitle", a.agency(), String.valueOf(a.year())));
        page.put("versionNote", t.get("page.live", t.moment(clock.instant())));
        page.put("pdf", pdf);
        page.put("sections", List.of(summary(a, t, pdf), byCompetency(a, t), byUnit(a, t), method(t)));
        return page;
    }

    private static Map<String, Object> summary(NeedsAnalysis.Analysis a, ReportText t, boolean pdf) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(t.get("needs.summary", String.valueOf(a.year()), a.employees(), a.assessed(), a.withNeeds()));
        if (a.needs() == 0) {
            paragraphs.add(t.get("needs.none"));
        } else {
            Map<String, Integer> byPriority = new LinkedHashMap<>();
            NeedsAnalysis.PRIORITIES.forEach(p -> byPriority.put(p, a.competencies().stream()
                    .mapToInt(c -> c.byPriority().get(p)).sum()));
            paragraphs.add(t.get("needs.summary.needs", a.needs(), byPriority.get("HIGH"), byPriority.get("MEDIUM"),
                    byPriority.get("LOW")));
            paragraphs.add(t.get("needs.summary.planned", a.planned(), a.needs() - a.planned(), a.jp(),
                    t.figure("budgetUsed", a.cost())));
        }
        List<Map<String, Object>> charts = new ArrayList<>();
        if (!a.competencies().isEmpty()) {
            List<NeedsAnalysis.Competency> top = a.competencies().stream().limit(10).toList();
            charts.add(ReportCharts.chart(t, "chart-needs", t.get("needs.chart"), "bar",
                    top.stream().map(c -> name(c.name(), c.nameEn(), t)).toList(),
                    top.stream().map(c -> (Number) c.employees()).toList(), pdf));
        }
        return titled("ringkasan", t.get("needs.section.summary"), paragraphs, List.of(), List.of(), charts);
    }

    private static Map<String, Object> byCompetency(NeedsAnalysis.Analysis a, ReportText t) {
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        for (NeedsAnalysis.Competency c : a.competencies()) {
            rows.add(List.of(cell(name(c.name(), c.nameEn(), t)), cell(String.valueOf(c.byPriority().get("HIGH"))),
                    cell(String.valueOf(c.byPriority().get("MEDIUM"))), cell(String.valueOf(c.byPriority().get("LOW"))),
                    cell(String.valueOf(c.employees())), cell(kinds(c.kinds(), t)),
                    cell(c.planned() + " / " + c.byPriority().values().stream().mapToInt(Integer::intValue).sum()),
                    cell(String.valueOf(c.jp())), cell(t.figure("budgetUsed", c.cost()))));
        }
        List<Map<String, Object>> tables = rows.isEmpty() ? List.of() : List.of(table(null, List.of(
                t.get("needs.col.competency"), t.get("needs.priority.HIGH"), t.get("needs.priority.MEDIUM"),
                t.get("needs.priority.LOW"), t.get("needs.col.employees"), t.get("needs.col.kinds"),
                t.get("needs.col.planned"), t.get("needs.col.jp"), t.get("needs.col.cost")), rows));
        return titled("per-kompetensi", t.get("needs.section.competency"),
                rows.isEmpty() ? List.of(t.get("needs.none")) : List.of(t.get("needs.competency.note")), List.of(),
                tables, List.of());
    }

    private static Map<String, Object> byUnit(NeedsAnalysis.Analysis a, ReportText t) {
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        for (NeedsAnalysis.Line l : a.lines()) {
            rows.add(List.of(cell((l.unit() == null ? t.get("needs.noUnit") : l.unit()) + " — " + l.position()),
                    cell(name(l.competency(), l.competencyEn(), t)), cell(t.get("needs.priority." + l.priority())),
                    cell(String.valueOf(l.employees())), cell(t.number(l.meanGap())), cell(kinds(l.kinds(), t)),
                    cell(String.valueOf(l.planned())), cell(String.valueOf(l.jp())),
                    cell(t.figure("budgetUsed", l.cost()))));
        }
        List<Map<String, Object>> tables = rows.isEmpty() ? List.of() : List.of(table(null, List.of(
                t.get("needs.col.unitPosition"), t.get("needs.col.competency"),
                t.get("needs.col.priority"), t.get("needs.col.employees"), t.get("needs.col.gap"),
                t.get("needs.col.kinds"), t.get("needs.col.planned"), t.get("needs.col.jp"), t.get("needs.col.cost")),
                rows));
        return titled("per-unit", t.get("needs.section.unit"), rows.isEmpty() ? List.of(t.get("needs.none")) : List.of(),
                List.of(), tables, List.of());
    }

    private static Map<String, Object> method(ReportText t) {
        return titled("metode", t.get("needs.section.method"), List.of(t.get("needs.method.source"),
                t.get("needs.method.plan"), t.get("needs.method.cost")), List.of(), List.of(), List.of());
    }

    private static String name(String id, String en, ReportText t) {
        return t.english() ? en : id;
    }

    /** "Pelatihan (3), Coaching (1)"; "belum direncanakan" for none. */
    private static String kinds(Map<String, Integer> kinds, ReportText t) {
        if (kinds.isEmpty()) {
            return t.get("needs.notPlanned");
        }
        return kinds.entrySet().stream().map(e -> t.code("development.kind.", e.getKey()) + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }

    /** The year asked for (else this year), once the caller is known to serve the agency. */
    private int year(String agency, Integer year) {
        if (!access.mayManageAgency(agency)) {
            throw new RequestRefused(HttpStatus.NOT_FOUND, new FieldError("instansi", "jp.agency.forbidden", agency));
        }
        return ReportYears.orThisYear(year, clock, "tahun");
    }
}
