package id.kompeten.programme;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.RequestRefused;
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
import org.springframework.web.bind.annotation.RestController;

/** Programmes over /api: HR of the agency creates one and reads its evaluation report. */
@RestController
class ProgrammeController {

    private final Programmes programmes;
    private final CaseAccess access;

    ProgrammeController(Programmes programmes, CaseAccess access) {
        this.programmes = programmes;
        this.access = access;
    }

    record Created(String code, List<String> caseNumbers) {}

    @PostMapping("/api/programmes")
    ResponseEntity<Created> create(@RequestBody Programmes.NewProgramme programme, Principal principal) {
        List<String> caseNumbers = programmes.create(programme, principal.getName(), access::mayManageAgency);
        return ResponseEntity.created(URI.create("/api/programmes/" + programme.code() + "/report"))
                .body(new Created(programme.code(), caseNumbers));
    }

    @GetMapping("/api/programmes/{code}/report")
    Programmes.ProgrammeReport report(@PathVariable String code) {
        return programmes.report(code, access::mayManageAgency).orElseThrow(() -> new RequestRefused(
                HttpStatus.NOT_FOUND, new FieldError("code", "programme.notFound", code)));
    }
}
