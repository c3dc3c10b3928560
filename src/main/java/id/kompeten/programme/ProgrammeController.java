package id.kompeten.programme;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.RequestRefused;
import id.kompeten.report.EvaluationReports;
import id.kompeten.report.ProgrammeReport;
import id.kompeten.report.ReportAssembly;
import id.kompeten.security.CaseAccess;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Programmes over /api: HR of the agency creates one and reads its evaluation report. */
@RestController
class ProgrammeController {

    private final Programmes programmes;
    private final CaseAccess access;
    private final EvaluationReports reports;
    private final ReportAssembly assembly;
    private final ProgrammeChanges changes;

    ProgrammeController(Programmes programmes, CaseAccess access, EvaluationReports reports, ReportAssembly assembly,
                        ProgrammeChanges changes) {
        this.programmes = programmes;
        this.access = access;
        this.reports = reports;
        this.assembly = assembly;
        this.changes = changes;
    }

    record NewParticipant(String employeeNip) {}

    record Added(String caseNumber) {}

    /** HR add a participant to a running programme: their case opens at once. */
    @PostMapping("/api/programmes/{code}/participants")
    ResponseEntity<Added> addParticipant(@PathVariable String code, @RequestBody NewParticipant participant,
                                         Principal principal) {
        String caseNumber = changes.addParticipant(code, participant.employeeNip(), principal.getName(),
                access::mayManageAgency);
        return ResponseEntity.created(URI.create("/api/cases/" + caseNumber)).body(new Added(caseNumber));
    }

    record Id(long id) {}

    /** HR add a session to a running programme, paid from its budget. */
    @PostMapping("/api/programmes/{code}/sessions")
    ResponseEntity<Id> addSession(@PathVariable String code,
                                  @RequestBody id.kompeten.training.EnrollmentChanges.NewSession session) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new Id(changes.addSession(code, session,
                access::mayManageAgency)));
    }

    /** HR enter an L4 indicator of a unit (before and after); the next report includes it. */
    @PostMapping("/api/programmes/{code}/indicators")
    ResponseEntity<Id> addIndicator(@PathVariable String code, @RequestBody ProgrammeChanges.NewIndicator indicator,
                                    Principal principal) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new Id(changes.addIndicator(code, indicator,
                principal.getName(), access::mayManageAgency)));
    }

    record Created(String code, List<String> caseNumbers) {}

    @PostMapping("/api/programmes")
    ResponseEntity<Created> create(@RequestBody Programmes.NewProgramme programme, Principal principal) {
        List<String> caseNumbers = programmes.create(programme, principal.getName(), access::mayManageAgency);
        return ResponseEntity.created(URI.create("/api/programmes/" + programme.code() + "/report"))
                .body(new Created(programme.code(), caseNumbers));
    }

    /**
     * The per-case rows behind the report's figures, as CSV: for an Indonesian spreadsheet unless asked otherwise
     * ({@code ?lang=en}: an English one; {@code ?format=data}: for programs, with the API's field names).
     */
    @GetMapping("/api/programmes/{code}/cases.csv")
    ResponseEntity<String> cases(@PathVariable String code,
                                 @RequestParam(required = false) String lang,
                                 @RequestParam(required = false) String format) {
        report(code); // the same 404 for a programme that does not exist or is not the caller's
        return ResponseEntity.ok()
                .contentType(new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + code + "-kasus.csv\"")
                .body(reports.programmeCsv(code, reports.csvFormat(format, lang)));
    }

    @GetMapping("/api/programmes/{code}/report")
    ProgrammeReport report(@PathVariable String code) {
        return assembly.report(code, access::mayManageAgency).orElseThrow(() -> new RequestRefused(
                HttpStatus.NOT_FOUND, new FieldError("code", "programme.notFound", code)));
    }
}
