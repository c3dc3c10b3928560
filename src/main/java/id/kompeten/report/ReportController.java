package id.kompeten.report;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.ReportYears;
import id.kompeten.forms.RequestRefused;
import id.kompeten.security.CaseAccess;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluation figures of an agency's year as JSON: every figure with the cases behind it, and the
 * challenges and recommendations the rules derive, in Indonesian and English. HR of the agency, or an admin.
 */
@RestController
class ReportController {

    private final EvaluationReports reports;
    private final ProgrammeEvidence evidence;
    private final CaseAccess access;
    private final Clock clock;

    ReportController(EvaluationReports reports, ProgrammeEvidence evidence, CaseAccess access, Clock clock) {
        this.reports = reports;
        this.evidence = evidence;
        this.access = access;
        this.clock = clock;
    }

    /** The agency's year: its figures, its findings, and its JP by form of development. */
    record AgencyReport(String agency, int year, ProgrammeFigures figures, List<EvaluationReports.FindingView> findings,
                        List<ProgrammeEvidence.JpByKind> jpByKind) {}

    @GetMapping("/api/reports/agencies")
    AgencyReport agency(@RequestParam String agency, @RequestParam(required = false) Integer year) {
        if (!access.mayManageAgency(agency)) {
            throw new RequestRefused(HttpStatus.FORBIDDEN, new FieldError("agency", "jp.agency.forbidden", agency));
        }
        int y = ReportYears.orThisYear(year, clock);
        EvaluationReports.Report report = reports.agency(agency, y);
        return new AgencyReport(agency, y, report.figures(), report.findings(),
                evidence.jpCompliance(ProgrammeEvidence.Scope.agency(agency, y), y).byKind());
    }
}
