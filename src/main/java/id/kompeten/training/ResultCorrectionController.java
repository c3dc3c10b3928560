package id.kompeten.training;

import id.kompeten.security.CaseAccess;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** HR corrects a recorded training result of a case (see {@link ResultCorrections}). */
@RestController
class ResultCorrectionController {

    private final ResultCorrections corrections;
    private final CaseAccess access;

    ResultCorrectionController(ResultCorrections corrections, CaseAccess access) {
        this.corrections = corrections;
        this.access = access;
    }

    @PostMapping("/api/cases/{caseNumber}/corrections")
    ResponseEntity<ResultCorrections.Corrected> correct(@PathVariable String caseNumber,
                                                        @RequestBody ResultCorrections.Correction request,
                                                        Principal principal) {
        ResultCorrections.Corrected corrected = corrections.correct(caseNumber, request, principal.getName(),
                access::mayManage);
        return ResponseEntity.created(URI.create("/api/cases/" + caseNumber)).body(corrected);
    }
}
