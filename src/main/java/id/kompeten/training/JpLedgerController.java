package id.kompeten.training;

import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.forms.FieldError;
import id.kompeten.forms.ReportYears;
import id.kompeten.forms.RequestRefused;
import id.kompeten.security.CaseAccess;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JP ledger over /api: an employee's year (the employee, their supervisor, HR of their agency), an
 * agency's standing against the target and its SIASN export (HR of that agency).
 */
@RestController
class JpLedgerController {

    private final JpLedger ledger;
    private final EmployeeDirectory employees;
    private final CaseAccess access;
    private final Clock clock;
    private final org.camunda.bpm.engine.RuntimeService runtime;

    JpLedgerController(JpLedger ledger, EmployeeDirectory employees, CaseAccess access, Clock clock,
                       org.camunda.bpm.engine.RuntimeService runtime) {
        this.runtime = runtime;
        this.ledger = ledger;
        this.employees = employees;
        this.access = access;
        this.clock = clock;
    }

    record EmployeeYear(String nip, String name, String agency, int year, BigDecimal jp, BigDecimal target,
                        BigDecimal missing, List<JpLedger.KindTotal> byKind, List<JpLedger.Credit> credits) {}

    @GetMapping("/api/jp/employees/{nip}")
    EmployeeYear employee(@PathVariable String nip, @RequestParam(required = false) Integer year) {
        Employee employee = employees.find(nip).filter(access::mayRead).orElseThrow(() -> new RequestRefused(
                HttpStatus.NOT_FOUND, new FieldError("nip", "case.employee.unknown", nip)));
        int y = year(year);
        List<JpLedger.Credit> credits = ledger.creditsOf(nip, y);
        BigDecimal total = credits.stream().map(JpLedger.Credit::jp).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new EmployeeYear(nip, employee.getName(), employee.getAgency(), y, total, ledger.target(),
                ledger.target().subtract(total).max(BigDecimal.ZERO), JpLedger.byKind(credits), credits);
    }

    record AgencyYear(String agency, int year, BigDecimal target, int employees, int belowTarget,
                      List<JpLedger.KindTotal> byKind, List<JpLedger.Standing> standings) {}

    record RemindersStarted(String processInstanceId, int year) {}

    /**
     * Sends the JP reminders now (administrators; JpReminderProcess does so itself every 1 July): each
     * supervisor with staff below the target gets one email listing them.
     */
    @org.springframework.web.bind.annotation.PostMapping("/api/jp/reminders")
    ResponseEntity<RemindersStarted> remind(@RequestParam(required = false) Integer year) {
        int y = year(year);
        String id = runtime.createMessageCorrelation("Msg_JpRemindersRequested")
                .setVariable(FindStaffBelowTargetDelegate.YEAR, y).correlateStartMessage().getId();
        return ResponseEntity.status(org.springframework.http.HttpStatus.ACCEPTED).body(new RemindersStarted(id, y));
    }

    @GetMapping("/api/jp/agencies")
    AgencyYear agency(@RequestParam String agency, @RequestParam(required = false) Integer year) {
        requireManaging(agency);
        int y = year(year);
        List<JpLedger.Standing> standings = ledger.agency(agency, y);
        return new AgencyYear(agency, y, ledger.target(), standings.size(),
                (int) standings.stream().filter(JpLedger.Standing::belowTarget).count(), ledger.byKind(agency, y), standings);
    }

    /** Completed training of the agency's employees in SIASN's fields, JSON or (format=csv) CSV. */
    @GetMapping("/api/jp/siasn")
    ResponseEntity<?> siasn(@RequestParam String agency, @RequestParam(required = false) Integer year,
                            @RequestParam(defaultValue = "json") String format) {
        requireManaging(agency);
        int y = year(year);
        List<JpLedger.SiasnCourse> rows = ledger.siasn(agency, y);
        if (format.equalsIgnoreCase("csv")) {
            String csv = "nip,nama,namaKursus,institusiPenyelenggara,jenisKursus,jumlahJam,tanggalMulai,"
                    + "tanggalSelesai,tahunKursus,nomorSertifikat\n" + rows.stream().map(r -> String.join(",",
                    csv(r.nip()), csv(r.nama()), csv(r.namaKursus()), csv(r.institusiPenyelenggara()), csv(r.jenisKursus()),
                    r.jumlahJam().stripTrailingZeros().toPlainString(), r.tanggalMulai().toString(),
                    r.tanggalSelesai().toString(), String.valueOf(r.tahunKursus()), csv(r.nomorSertifikat())))
                    .collect(Collectors.joining("\n", "", rows.isEmpty() ? "" : "\n"));
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"siasn-kursus-" + y + ".csv\"")
                    .body(csv);
        }
        if (!format.equalsIgnoreCase("json")) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError("format", "form.choice.allowed", "json, csv"));
        }
        return ResponseEntity.ok(rows);
    }

    private void requireManaging(String agency) {
        if (!access.mayManageAgency(agency)) {
            throw new RequestRefused(HttpStatus.FORBIDDEN, new FieldError("agency", "jp.agency.forbidden", agency));
        }
    }

    private int year(Integer year) {
        return ReportYears.orThisYear(year, clock);
    }

    /** A CSV field, quoted when it holds a comma, quote or line break; a leading =+-@ is defused for spreadsheets. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return safe.matches(".*[\",\\n\\r].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
