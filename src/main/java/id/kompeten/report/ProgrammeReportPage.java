package id.kompeten.report;

import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.forms.FieldError;
import id.kompeten.forms.RequestRefused;
import id.kompeten.security.CaseAccess;
import java.security.Principal;
import java.time.Clock;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A programme's evaluation report as a page with charts ({@code /laporan/program/{code}}), as PDF, as CSV, and
 * the cases behind each figure. HR of the agency (and admin) see the current figures or any kept version
 * ({@code ?versi=}); the agency's heads, who get the published report by email, see the latest published
 * version. {@code ?lang=en} gives English.
 */
@Controller
class ProgrammeReportPage {

    private final ReportAssembly assembly;
    private final ReportVersions reports;
    private final EvaluationReports evaluation;
    private final ReportRenderer pages;
    private final CaseAccess access;
    private final EmployeeDirectory employees;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProgrammeReportPage(ReportAssembly assembly, ReportVersions reports, EvaluationReports evaluation, ReportRenderer pages,
                        CaseAccess access, EmployeeDirectory employees, JdbcTemplate jdbc, Clock clock) {
        this.assembly = assembly;
        this.reports = reports;
        this.evaluation = evaluation;
        this.pages = pages;
        this.access = access;
        this.employees = employees;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping(value = "/laporan/program/{code}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String code, @RequestParam(required = false) String lang,
                                @RequestParam(required = false) Integer versi, Principal principal) {
        ReportText t = pages.text(lang);
        return pages.page(shown(code, versi, t, principal), t);
    }

    @GetMapping("/laporan/program/{code}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code, @RequestParam(required = false) String lang,
                               @RequestParam(required = false) Integer versi, Principal principal) {
        ReportText t = pages.text(lang);
        return pages.pdf(shown(code, versi, t, principal), t,
                "laporan-evaluasi-" + code + (versi == null ? "" : "-v" + versi) + ".pdf");
    }

    @GetMapping("/laporan/program/{code}/kasus.csv")
    ResponseEntity<String> csv(@PathVariable String code, @RequestParam(required = false) String lang,
                               @RequestParam(required = false) String format) {
        // the current rows: HR of the agency only (heads read the published report, not live data)
        String agency = agencyOf(code);
        if (agency == null || !access.mayManageAgency(agency)) {
            throw notFound(code);
        }
        return ReportRenderer.csv(evaluation.programmeCsv(code, evaluation.csvFormat(format, lang)),
                code + "-kasus.csv");
    }

    /** The report's questions and their answers, as the page shows them (the version shown, for whoever may see it). */
    @GetMapping("/laporan/program/{code}/pertanyaan.csv")
    ResponseEntity<String> questions(@PathVariable String code, @RequestParam(required = false) String lang,
                                     @RequestParam(required = false) String format,
                                     @RequestParam(required = false) Integer versi, Principal principal) {
        ReportText t = pages.text(lang);
        return ReportRenderer.csv(evaluation.csvFormat(format, lang).write(QuestionCsv.COLUMNS,
                QuestionCsv.rows(shown(code, versi, t, principal).report().methodology())), code + "-pertanyaan.csv");
    }

    /** The cases behind one figure (or one finding) of the report shown. */
    @GetMapping(value = "/laporan/program/{code}/kasus", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> cases(@PathVariable String code, @RequestParam String angka,
                                 @RequestParam(required = false) String lang,
                                 @RequestParam(required = false) Integer versi, Principal principal) {
        ReportText t = pages.text(lang);
        return pages.cases(shown(code, versi, t, principal), t, angka, evaluation.programmeCases(code));
    }

    @ExceptionHandler(RequestRefused.class)
    ResponseEntity<String> refused(RequestRefused refused) {
        return pages.refused(refused);
    }

    private ReportRenderer.Shown shown(String code, Integer version, ReportText t, Principal principal) {
        String agency = agencyOf(code);
        boolean manages = agency != null && access.mayManageAgency(agency);
        String base = "/laporan/program/" + code;
        ProgrammeEvidence.Scope scope = ProgrammeEvidence.Scope.programme(code);
        if (manages && version == null) {
            ProgrammeReport live = assembly.report(code, a -> true).orElseThrow(() -> notFound(code));
            return new ReportRenderer.Shown(live, t.get("page.live", t.moment(clock.instant())), base,
                    "&lang=" + t.lang(), scope);
        }
        ReportVersions.Version kept;
        if (manages) {
            kept = reports.version(code, version).orElseThrow(() -> notFound(code));
        } else if (agency != null && employees.headsOf(agency).stream()
                .anyMatch(head -> head.getUsername().equals(principal.getName()))) {
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
        return new ReportRenderer.Shown(kept.report(), note, base, "&lang=" + t.lang() + "&versi=" + kept.version(), scope,
                kept.texts(), kept.findings());
    }

    private String agencyOf(String code) {
        return jdbc.query("select agency from report_programme where code = ?", rs -> rs.next() ? rs.getString(1) : null, code);
    }

    private static RequestRefused notFound(String code) {
        return new RequestRefused(HttpStatus.NOT_FOUND, new FieldError("code", "programme.notFound", code));
    }
}
