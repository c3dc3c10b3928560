package id.kompeten.cases;

import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.forms.FieldError;
import id.kompeten.forms.RequestRefused;
import id.kompeten.notification.Emails;
import id.kompeten.security.CaseAccess;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What a case has emailed, to whom, and what became of each (also in the demo, where nothing is sent). */
@RestController
class CaseEmailController {

    private final Emails emails;
    private final CaseRepository cases;
    private final EmployeeDirectory employees;
    private final CaseAccess access;

    CaseEmailController(Emails emails, CaseRepository cases, EmployeeDirectory employees, CaseAccess access) {
        this.emails = emails;
        this.cases = cases;
        this.employees = employees;
        this.access = access;
    }

    record Email(String kind, String step, int round, String recipient, String address, String locale, String subject,
                 String status, String messageId, Instant requestedAt, Instant sentAt) {}

    @GetMapping("/api/cases/{caseNumber}/emails")
    List<Email> of(@PathVariable String caseNumber) {
        // the same rule as the case file: a case the caller may not read does not exist for them
        boolean readable = cases.findById(caseNumber).flatMap(c -> employees.find(c.getEmployeeNip()))
                .map(access::mayRead).orElse(false);
        if (!readable) {
            throw new RequestRefused(HttpStatus.NOT_FOUND, new FieldError("caseNumber", "case.notFound", caseNumber));
        }
        return emails.ofCase(caseNumber).stream()
                .map(m -> new Email(m.getKind(), m.getStep(), m.getRound(), m.getRecipient(), m.getAddress(),
                        m.getLocale(), m.getSubject(), m.getStatus().name(), m.getMessageId(), m.getRequestedAt(),
                        m.getSentAt()))
                .toList();
    }
}
