package id.kompeten.cases;

import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.forms.FieldError;
import id.kompeten.security.CaseAccess;
import java.net.URI;
import java.security.Principal;
import java.util.Arrays;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The case API of DESIGN.md, beside Camunda's /engine-rest. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final CompetencyCases service;
    private final CaseFiles files;
    private final CaseAccess access;
    private final EmployeeDirectory employees;

    CaseController(CompetencyCases service, CaseFiles files, CaseAccess access, EmployeeDirectory employees) {
        this.service = service;
        this.files = files;
        this.access = access;
        this.employees = employees;
    }

    record OpenCaseRequest(String employeeNip, Integer cycleYear) {}

    @PostMapping
    ResponseEntity<CaseFile> open(@RequestBody OpenCaseRequest request, Principal principal) {
        CompetencyCase opened = service.open(request.employeeNip(), request.cycleYear(),
                principal == null ? null : principal.getName(), access::mayManage);
        CaseFile file = files.find(opened.getCaseNumber()).orElseThrow();
        return ResponseEntity.created(URI.create("/api/cases/" + opened.getCaseNumber())).body(file);
    }

    @GetMapping("/{caseNumber}")
    ResponseEntity<CaseFile> get(@PathVariable String caseNumber) {
        // a case the caller may not read answers as one that does not exist
        return files.find(caseNumber)
                .filter(file -> employees.find(file.employee().nip()).map(access::mayRead).orElse(false))
                .map(ResponseEntity::ok)
                .orElseThrow(() -> new CaseNotFound(caseNumber));
    }

    @GetMapping
    Page<CaseFile.Summary> search(@RequestParam(required = false) String status,
                                  @RequestParam(required = false) String agency,
                                  @RequestParam(required = false) Integer year,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size) {
        CaseStatus parsed = null;
        if (status != null && !status.isBlank()) {
            parsed = Arrays.stream(CaseStatus.values()).filter(s -> s.name().equalsIgnoreCase(status.strip()))
                    .findFirst().orElseThrow(() -> new CompetencyCases.InvalidCaseRequest(
                            new FieldError("status", "case.status.invalid")));
        }
        // HR sees the agency it serves (an administrator every agency)
        if (!access.isAdmin()) {
            String served = access.agencyServed().orElse("");
            if (agency != null && !agency.isBlank() && !agency.strip().equals(served)) {
                return Page.empty();
            }
            agency = served;
        }
        return files.search(parsed, agency, year, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100),
                Sort.by(Sort.Direction.DESC, "openedAt")));
    }

    static class CaseNotFound extends RuntimeException {
        final String caseNumber;

        CaseNotFound(String caseNumber) {
            super("case " + caseNumber + " not found");
            this.caseNumber = caseNumber;
        }
    }
}
