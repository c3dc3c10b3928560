package id.kompeten.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.forms.FieldError;
import id.kompeten.forms.RequestRefused;
import id.kompeten.report.CaseFigures;
import id.kompeten.report.EvaluationReports;
import id.kompeten.report.ProgrammeFigures;
import id.kompeten.security.CaseAccess;
import id.kompeten.forms.ReportYears;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The evaluation report as a page with charts ({@code /laporan/program/{code}}, and an agency's year at
 * {@code /laporan/instansi?nama=&tahun=}), as PDF, as CSV, and the cases behind each figure. HR of the agency (and admin) see the current figures or any kept version ({@code ?versi=});
 * the agency's heads, who get the published report by email, see the latest published version.
 * {@code ?lang=en} gives English.
 */
@Controller
class ProgrammeReportPage {

    private final Programmes programmes;
    private final ProgrammeReports reports;
    private final EvaluationReports evaluation;
    private final CaseAccess access;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final Clock clock;
    private final TemplateEngine templates = engine();
    /** The PDF's links lead back to the pages: absolute, from the base URL emails use too. */
    private final String baseUrl;
    private final id.kompeten.forms.FormMessages formMessages;

    ProgrammeReportPage(Programmes programmes, ProgrammeReports reports, EvaluationReports evaluation, CaseAccess access,
                        JdbcTemplate jdbc, MessageSource messages, ObjectMapper json, Clock clock,
                        id.kompeten.system.KompetenProperties properties, id.kompeten.forms.FormMessages formMessages) {
        this.formMessages = formMessages;
        this.baseUrl = properties.mail().baseUrl().replaceAll("/+$", "");
        this.programmes = programmes;
        this.reports = reports;
        this.evaluation = evaluation;
        this.access = access;
        this.jdbc = jdbc;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /** A report as shown: its page's path, and the parameters every link of it keeps (starting with "&"). */
    private record Shown(Programmes.ProgrammeReport report, String versionNote, String base, String query) {}

    @GetMapping(value = "/laporan/program/{code}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String code, @RequestParam(required = false) String lang,
                                @RequestParam(required = false) Integer versi, Principal principal) {
        ReportText t = new ReportText(messages, lang);
        Shown shown = shown(code, versi, t, principal);
        return html(render(shown, t, false));
    }

    @GetMapping("/laporan/program/{code}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code, @RequestParam(required = false) String lang,
                               @RequestParam(required = false) Integer versi, Principal principal) {
        ReportText t = new ReportText(messages, lang);
        Shown shown = shown(code, versi, t, principal);
        byte[] pdf = ReportPdf.render(render(shown, t, true), baseUrl + "/laporan/program/" + code);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"laporan-evaluasi-" + code
                        + (versi == null ? "" : "-v" + versi) + ".pdf\"")
                .body(pdf);
    }

    @GetMapping("/laporan/program/{code}/kasus.csv")
    ResponseEntity<String> csv(@PathVariable String code) {
        // the current rows: HR of the agency only (heads read the published report, not live data)
        String agency = jdbc.query("select agency from programme where code = ?",
                rs -> rs.next() ? rs.getString(1) : null, code);
        if (agency == null || !access.mayManageAgency(agency)) {
            throw notFound(code);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + code + "-kasus.csv\"")
                .body(evaluation.programmeCsv(code));
    }

    /** The cases behind one figure (or one finding) of the report shown. */
    @GetMapping(value = "/laporan/program/{code}/kasus", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> cases(@PathVariable String code, @RequestParam String angka,
                                 @RequestParam(required = false) String lang,
                                 @RequestParam(required = false) Integer versi, Principal principal) {
        ReportText t = new ReportText(messages, lang);
        Shown shown = shown(code, versi, t, principal);
        return html(casesPage(shown, t, angka, evaluation.programmeCases(code), names(
                "select c.case_number, e.name from programme_case p join competency_case c on c.case_number ="
                        + " p.case_number join employee e on e.nip = c.employee_nip where p.programme_code = ?", code)));
    }

    // An agency's year, in the same sections (HR of the agency)

    @GetMapping(value = "/laporan/instansi", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> agency(@RequestParam String nama, @RequestParam(required = false) Integer tahun,
                                  @RequestParam(required = false) String lang) {
        ReportText t = new ReportText(messages, lang);
        return html(render(agencyShown(nama, tahun, t), t, false));
    }

    @GetMapping("/laporan/instansi/pdf")
    ResponseEntity<byte[]> agencyPdf(@RequestParam String nama, @RequestParam(required = false) Integer tahun,
                                     @RequestParam(required = false) String lang) {
        ReportText t = new ReportText(messages, lang);
        Shown shown = agencyShown(nama, tahun, t);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"laporan-evaluasi-instansi-"
                        + shown.report().year() + ".pdf\"")
                .body(ReportPdf.render(render(shown, t, true), baseUrl + "/laporan/instansi"));
    }

    @GetMapping(value = "/laporan/instansi/kasus", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> agencyCases(@RequestParam String nama, @RequestParam(required = false) Integer tahun,
                                       @RequestParam String angka, @RequestParam(required = false) String lang) {
        ReportText t = new ReportText(messages, lang);
        Shown shown = agencyShown(nama, tahun, t);
        int year = shown.report().year();
        return html(casesPage(shown, t, angka, evaluation.agencyCases(nama, year), names(
                "select c.case_number, e.name from competency_case c join employee e on e.nip = c.employee_nip"
                        + " where e.agency = ? and c.cycle_year = ?", nama, year)));
    }

    @GetMapping("/laporan/instansi/kasus.csv")
    ResponseEntity<String> agencyCsv(@RequestParam String nama, @RequestParam(required = false) Integer tahun) {
        Shown shown = agencyShown(nama, tahun, new ReportText(messages, null));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"instansi-" + shown.report().year()
                        + "-kasus.csv\"")
                .body(evaluation.agencyCsv(nama, shown.report().year()));
    }

    private Shown agencyShown(String agency, Integer year, ReportText t) {
        if (!access.mayManageAgency(agency)) {
            throw new RequestRefused(HttpStatus.NOT_FOUND, new FieldError("nama", "jp.agency.forbidden", agency));
        }
        int y = ReportYears.orThisYear(year, clock);
        return new Shown(programmes.agencyReport(agency, y), t.get("page.live", t.moment(clock.instant())),
                "/laporan/instansi", "&nama=" + URLEncoder.encode(agency, StandardCharsets.UTF_8) + "&tahun=" + y
                        + "&lang=" + t.lang());
    }

    private Map<String, String> names(String sql, Object... args) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.query(sql, rs -> { names.put(rs.getString(1), rs.getString(2)); }, args);
        return names;
    }

    private String casesPage(Shown shown, ReportText t, String angka, List<CaseFigures> all, Map<String, String> names) {
        Set<String> wanted = Set.copyOf(casesBehind(shown.report(), angka));
        List<List<String>> rows = new ArrayList<>();
        for (CaseFigures c : all) {
            if (wanted.contains(c.caseNumber())) {
                rows.add(List.of(c.caseNumber(), names.getOrDefault(c.caseNumber(), ""),
                        c.outcome() == null ? t.get("page.status.open") : c.outcome(), String.valueOf(c.rounds()),
                        value(t, c.reactionIndex()), value(t, c.learningGain()), value(t, c.transferScore()),
                        c.attended() + " / " + c.absent(), String.valueOf(c.surveysReturned()),
                        String.valueOf(c.interviews()), value(t, c.jp()), t.figure("budgetUsed", c.cost())));
            }
        }
        String label = messages.getMessage("figure." + angka, null, angka, t.locale);
        Context context = new Context(t.locale, Map.of("lang", t.lang(),
                "title", t.get("page.cases.title", label),
                "back", shown.base() + "?" + shown.query().replaceFirst("^&", ""),
                "backLabel", t.get("page.cases.back"), "none", t.get("page.cases.none"),
                "headers", List.of(t.get("page.cases.case"), t.get("page.cases.employee"), t.get("page.col.outcome"),
                        t.get("page.col.rounds"), t.get("page.col.l1"), t.get("page.col.l2"), t.get("page.col.l3"),
                        t.get("page.col.attendance"), t.get("page.col.surveys"), t.get("page.col.interviews"),
                        t.get("page.col.jp"), t.get("page.col.cost")),
                "rows", rows));
        return templates.process("cases", context);
    }

    private static String value(ReportText t, java.math.BigDecimal v) {
        return v == null ? "–" : t.number(v);
    }

    /** A figure's cases, or a finding's (by its code or the figure it names). */
    private static List<String> casesBehind(Programmes.ProgrammeReport report, String name) {
        ProgrammeFigures.Figure figure = Programmes.figure(report.figures(), name);
        if (figure != null) {
            return figure.cases();
        }
        return report.findings().stream().filter(f -> f.code().equals(name) || f.figure().equals(name))
                .findFirst().map(EvaluationReports.FindingView::cases).orElse(List.of());
    }

    private Shown shown(String code, Integer version, ReportText t, Principal principal) {
        String agency = jdbc.query("select agency from programme where code = ?",
                rs -> rs.next() ? rs.getString(1) : null, code);
        boolean manages = agency != null && access.mayManageAgency(agency);
        String query = "&lang=" + t.lang() + (version == null ? "" : "&versi=" + version);
        if (manages && version == null) {
            Programmes.ProgrammeReport live = programmes.report(code, a -> true).orElseThrow(() -> notFound(code));
            return new Shown(live, t.get("page.live", t.moment(clock.instant())), "/laporan/program/" + code, query);
        }
        ProgrammeReports.Version kept;
        if (manages) {
            kept = reports.version(code, version).orElseThrow(() -> notFound(code));
        } else if (agency != null && isHead(principal.getName(), agency)) {
            // a head reads what HR published: the latest published version (or the one asked, if published)
            kept = (version == null ? reports.published(code) : reports.version(code, version)
                    .filter(v -> v.publishedAt() != null)).orElseThrow(() -> notFound(code));
        } else {
            throw notFound(code);
        }
        String label = t.get(kept.finalReport() ? "report.version.final" : "report.version.interim",
                String.valueOf(kept.version()));
        String note = t.get("page.version", label, t.moment(kept.generatedAt()),
                kept.reviewedBy() == null ? "–" : kept.reviewedBy(), kept.publishedAt() == null
                        ? t.get("page.version.unpublished") : t.get("page.version.published", t.moment(kept.publishedAt())));
        return new Shown(kept.report(), note, "/laporan/program/" + code, "&lang=" + t.lang() + "&versi=" + kept.version());
    }

    private boolean isHead(String username, String agency) {
        return jdbc.queryForObject("select count(*) from employee where username = ? and agency = ?"
                + " and supervisor_nip is null", Integer.class, username, agency) > 0;
    }

    private String render(Shown shown, ReportText t, boolean pdf) {
        Map<String, Object> page = new ProgrammeReportView(shown.report(), t, shown.base(), shown.query())
                .page(shown.versionNote(), pdf);
        Map<String, String> chartJson = new LinkedHashMap<>();
        for (Object section : (List<?>) page.get("sections")) {
            for (Object chart : (List<?>) ((Map<?, ?>) section).get("charts")) {
                Map<?, ?> c = (Map<?, ?>) chart;
                try {
                    chartJson.put((String) c.get("id"), json.writeValueAsString(Map.of("type", c.get("type"),
                            "title", c.get("title"), "labels", c.get("labels"), "data", c.get("data"))));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        String query = shown.query().replaceFirst("^&", "");
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("pdf", shown.base() + "/pdf?" + query);
        links.put("pdfLabel", t.get("page.pdf"));
        links.put("csv", shown.base() + "/kasus.csv?" + query);
        links.put("csvLabel", t.get("page.csv"));
        links.put("otherLanguage", shown.base() + "?" + query.replace("lang=" + t.lang(), "lang=" + (t.english() ? "id" : "en")));
        links.put("otherLanguageLabel", t.get("page.otherLanguage"));
        links.put("casesLabel", t.get("page.cases"));
        links.put("chartJs", "/webjars/chart.js/dist/chart.umd.min.js");
        links.put("reportJs", "/assets/report.js");
        return templates.process("programme", new Context(t.locale, Map.of("page", page, "links", links,
                "chartJson", chartJson)));
    }

    /** A reader who follows a link to a report they may not see (or that does not exist) gets a page, not JSON. */
    @org.springframework.web.bind.annotation.ExceptionHandler(RequestRefused.class)
    ResponseEntity<String> refused(RequestRefused refused) {
        Context context = new Context(java.util.Locale.forLanguageTag("id"), Map.of(
                "title", messages.getMessage("page.refused.title", null, java.util.Locale.forLanguageTag("id")),
                "detail", formMessages.describe(refused.error()),
                "back", messages.getMessage("page.refused.back", null, java.util.Locale.forLanguageTag("id"))));
        return ResponseEntity.status(refused.status()).contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(templates.process("refused", context));
    }

    private static ResponseEntity<String> html(String body) {
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }

    private static RequestRefused notFound(String code) {
        return new RequestRefused(HttpStatus.NOT_FOUND, new FieldError("code", "programme.notFound", code));
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/report/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
