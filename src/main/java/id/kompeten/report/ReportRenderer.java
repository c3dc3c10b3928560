package id.kompeten.report;

import id.kompeten.forms.FormMessages;
import id.kompeten.forms.RequestRefused;
import id.kompeten.language.ReaderLanguage;
import id.kompeten.notification.MailSettings;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders an evaluation report (a programme's or an agency's year) as its page, its PDF, the cases behind a
 * figure, its CSV, and the page a refused reader gets, from the templates in {@code templates/report/}.
 */
@Component
class ReportRenderer {

    /**
     * A report as shown: what it says of its version, its page's path (the PDF, CSV and case lists sit under it),
     * the parameters every link of it keeps (starting with "&"), and which cases, people and programmes it covers.
     */
    record Shown(ProgrammeReport report, String versionNote, String base, String query,
                 ProgrammeEvidence.Scope scope, List<ReportVersions.Written> written,
                 List<ReportVersions.OwnFinding> own) {

        /** The current figures: no version, so no words of HR's. */
        Shown(ProgrammeReport report, String versionNote, String base, String query, ProgrammeEvidence.Scope scope) {
            this(report, versionNote, base, query, scope, List.of(), List.of());
        }
    }

    private final MessageSource messages;
    private final FormMessages formMessages;
    private final JdbcTemplate jdbc;
    /** The PDF's links lead back to the pages: absolute, from the base URL emails use too. */
    private final String baseUrl;
    private final TemplateEngine templates = engine();

    private final ReportThemes themes;

    ReportRenderer(MessageSource messages, FormMessages formMessages, JdbcTemplate jdbc, MailSettings mail,
                   ReportThemes themes) {
        this.themes = themes;
        this.messages = messages;
        this.formMessages = formMessages;
        this.jdbc = jdbc;
        this.baseUrl = mail.baseUrl();
    }

    /** The page's language: ?lang=, else the reader's choice in this browser (ReaderLanguage). */
    ReportText text(String lang) {
        return new ReportText(messages, ReaderLanguage.of(lang));
    }

    ResponseEntity<String> page(Shown shown, ReportText t) {
        return html(render(shown, t, false));
    }

    ResponseEntity<byte[]> pdf(Shown shown, ReportText t, String filename) {
        return pdf(render(shown, t, true), shown.base(), filename);
    }

    /** A page rendered for print as its PDF; its links lead back to the page at {@code base}. */
    ResponseEntity<byte[]> pdf(String html, String base, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + "\"")
                .body(ReportPdf.render(html, baseUrl + base));
    }

    static ResponseEntity<String> csv(String body, String filename) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(body);
    }

    /** The cases behind one figure (or one finding) of the report shown, from {@code all} the rows of its scope. */
    ResponseEntity<String> cases(Shown shown, ReportText t, String angka, List<CaseFigures> all) {
        Set<String> wanted = Set.copyOf(casesBehind(shown.report(), angka));
        Map<String, String> names = new LinkedHashMap<>();
        ProgrammeEvidence.Rows scope = shown.scope().cases();
        jdbc.query("select c.case_number, e.name" + scope.from() + " join report_case c on c.case_number = k.case_number"
                + " join report_employee e on e.nip = c.employee_nip where " + scope.where(),
                rs -> { names.put(rs.getString(1), rs.getString(2)); }, scope.args());
        List<List<String>> rows = new ArrayList<>();
        for (CaseFigures c : all) {
            if (wanted.contains(c.caseNumber())) {
                rows.add(List.of(c.caseNumber(), names.getOrDefault(c.caseNumber(), ""),
                        c.outcome() == null ? t.get("page.status.open") : t.code("case.outcome.", c.outcome()), String.valueOf(c.rounds()),
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
        return html(templates.process("cases", context));
    }

    /** A reader who follows a link to a report they may not see (or that does not exist) gets a page, not JSON. */
    ResponseEntity<String> refused(RequestRefused refused) {
        Locale id = Locale.forLanguageTag("id");
        Context context = new Context(id, Map.of(
                "title", messages.getMessage("page.refused.title", null, id),
                "detail", formMessages.describe(refused.error()),
                "back", messages.getMessage("page.refused.back", null, id)));
        return ResponseEntity.status(refused.status()).contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(templates.process("refused", context));
    }

    private String render(Shown shown, ReportText t, boolean pdf) {
        Map<String, Object> page = new ProgrammeReportView(shown.report(), t, shown.base(), shown.query(),
                shown.written(), shown.own(), themes)
                .page(shown.versionNote(), pdf);
        return render(page, t, shown.base(), shown.base() + "/kasus.csv", "page.csv", shown.query());
    }

    /**
     * A page in the report's style (a report's, or a planning page's) as HTML, its links beside it: its PDF under
     * {@code base}, its CSV at {@code csv} (its label {@code csvLabel} in the messages), and the page in the other
     * language, each keeping the page's parameters.
     */
    String render(Map<String, Object> page, ReportText t, String base, String csv, String csvLabel, String parameters) {
        String query = parameters.replaceFirst("^&", "");
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("pdf", base + "/pdf?" + query);
        links.put("pdfLabel", t.get("page.pdf"));
        links.put("csv", csv + "?" + query);
        links.put("csvLabel", t.get(csvLabel));
        links.put("otherLanguage", base + "?" + query.replace("lang=" + t.lang(), "lang=" + (t.english() ? "id" : "en")));
        links.put("otherLanguageLabel", t.get("page.otherLanguage"));
        links.put("casesLabel", t.get("page.cases"));
        links.put("chartJs", "/webjars/chart.js/dist/chart.umd.min.js");
        links.put("reportJs", "/assets/report.js");
        return templates.process("programme", new Context(t.locale, Map.of("page", page, "links", links)));
    }

    private static String value(ReportText t, BigDecimal v) {
        return v == null ? "–" : t.number(v);
    }

    /** A figure's cases, or a finding's (by its code or the figure it names). */
    private static List<String> casesBehind(ProgrammeReport report, String name) {
        ProgrammeFigures.Figure figure = ReportAssembly.figure(report.figures(), name);
        if (figure != null) {
            return figure.cases();
        }
        return report.findings().stream().filter(f -> f.code().equals(name) || f.figure().equals(name))
                .findFirst().map(EvaluationReports.FindingView::cases).orElse(List.of());
    }

    static ResponseEntity<String> html(String body) {
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
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
