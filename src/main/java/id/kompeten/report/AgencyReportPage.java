package id.kompeten.report;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.ReportYears;
import id.kompeten.forms.RequestRefused;
import id.kompeten.security.CaseAccess;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An agency's year in the same sections as a programme's report ({@code /laporan/instansi?nama=&tahun=}), with
 * its PDF, CSV and the cases behind each figure: every case of the year, every employee's JP. HR of the agency.
 */
@Controller
class AgencyReportPage {

    private final ReportAssembly assembly;
    private final EvaluationReports evaluation;
    private final ReportRenderer pages;
    private final CaseAccess access;
    private final Clock clock;

    AgencyReportPage(ReportAssembly assembly, EvaluationReports evaluation, ReportRenderer pages, CaseAccess access,
                     Clock clock) {
        this.assembly = assembly;
        this.evaluation = evaluation;
        this.pages = pages;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping(value = "/laporan/instansi", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@RequestParam String nama, @RequestParam(required = false) Integer tahun,
                                @RequestParam(required = false) String lang) {
        ReportText t = pages.text(lang);
        return pages.page(shown(nama, tahun, t), t);
    }

    @GetMapping("/laporan/instansi/pdf")
    ResponseEntity<byte[]> pdf(@RequestParam String nama, @RequestParam(required = false) Integer tahun,
                               @RequestParam(required = false) String lang) {
        ReportText t = pages.text(lang);
        ReportRenderer.Shown shown = shown(nama, tahun, t);
        return pages.pdf(shown, t, "laporan-evaluasi-instansi-" + shown.report().year() + ".pdf");
    }

    @GetMapping(value = "/laporan/instansi/kasus", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> cases(@RequestParam String nama, @RequestParam(required = false) Integer tahun,
                                 @RequestParam String angka, @RequestParam(required = false) String lang) {
        ReportText t = pages.text(lang);
        ReportRenderer.Shown shown = shown(nama, tahun, t);
        return pages.cases(shown, t, angka, evaluation.agencyCases(nama, shown.report().year()));
    }

    @GetMapping("/laporan/instansi/kasus.csv")
    ResponseEntity<String> csv(@RequestParam String nama, @RequestParam(required = false) Integer tahun,
                               @RequestParam(required = false) String lang, @RequestParam(required = false) String format) {
        int year = year(nama, tahun);
        return ReportRenderer.csv(evaluation.agencyCsv(nama, year, evaluation.csvFormat(format, lang)),
                "instansi-" + year + "-kasus.csv");
    }

    @GetMapping("/laporan/instansi/pertanyaan.csv")
    ResponseEntity<String> questions(@RequestParam String nama, @RequestParam(required = false) Integer tahun,
                                     @RequestParam(required = false) String lang,
                                     @RequestParam(required = false) String format) {
        ReportText t = pages.text(lang);
        ReportRenderer.Shown shown = shown(nama, tahun, t);
        return ReportRenderer.csv(evaluation.csvFormat(format, lang).write(QuestionCsv.COLUMNS,
                QuestionCsv.rows(shown.report().methodology())), "instansi-" + shown.report().year() + "-pertanyaan.csv");
    }

    @ExceptionHandler(RequestRefused.class)
    ResponseEntity<String> refused(RequestRefused refused) {
        return pages.refused(refused);
    }

    private ReportRenderer.Shown shown(String agency, Integer year, ReportText t) {
        int y = year(agency, year);
        return new ReportRenderer.Shown(assembly.agencyReport(agency, y), t.get("page.live", t.moment(clock.instant())),
                "/laporan/instansi", "&nama=" + URLEncoder.encode(agency, StandardCharsets.UTF_8) + "&tahun=" + y
                        + "&lang=" + t.lang(), ProgrammeEvidence.Scope.agency(agency, y));
    }

    /** The year asked for (else this year), once the caller is known to serve the agency. */
    private int year(String agency, Integer year) {
        if (!access.mayManageAgency(agency)) {
            throw new RequestRefused(HttpStatus.NOT_FOUND, new FieldError("nama", "jp.agency.forbidden", agency));
        }
        return ReportYears.orThisYear(year, clock);
    }
}
