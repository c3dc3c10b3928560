package id.kompeten.learning;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.RequestRefused;
import id.kompeten.training.DevelopmentKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Claims of learning done elsewhere over /api: the claimant sends one (multipart, with the certificate file);
 * the claimant, their supervisor and HR of their agency read it and download its certificate, from /api (HTTP
 * Basic) or from Tasklist's verification form ({@code /berkas/...}, the Tasklist session). A claim the caller may
 * not read is 404, as one that does not exist.
 */
@RestController
class LearningClaimController {

    private final LearningClaims claims;

    LearningClaimController(LearningClaims claims) {
        this.claims = claims;
    }

    record ClaimView(long id, String claimNumber, String employeeNip, DevelopmentKind kind, String title,
                     String organiser, LocalDate startsOn, LocalDate endsOn, int minutes, BigDecimal jp,
                     ClaimStatus status, Instant submittedAt, String decidedBy, Instant decidedAt,
                     String decisionReason, String certificateType, int certificateSize) {}

    @PostMapping(path = "/api/learning-claims", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ClaimView> submit(@RequestParam(required = false) String employeeNip,
                                     @RequestParam(required = false) String kind,
                                     @RequestParam(required = false) String title,
                                     @RequestParam(required = false) String organiser,
                                     @RequestParam(required = false) String startsOn,
                                     @RequestParam(required = false) String endsOn,
                                     @RequestParam(required = false) String minutes,
                                     @RequestParam(required = false) MultipartFile certificate) throws IOException {
        if (certificate == null) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError(CertificateFile.FIELD, "form.required"));
        }
        LearningClaim claim = claims.submit(new LearningClaims.Submission(employeeNip, kind, title, organiser,
                startsOn, endsOn, minutes), certificate.getBytes());
        return ResponseEntity.created(URI.create("/api/learning-claims/" + claim.getClaimNumber())).body(view(claim));
    }

    @GetMapping("/api/learning-claims/{ref}")
    ClaimView claim(@PathVariable String ref) {
        return view(readable(ref));
    }

    @GetMapping("/api/learning-claims")
    List<ClaimView> ofEmployee(@RequestParam String nip) {
        return claims.of(nip).stream().map(this::view).toList();
    }

    /** The certificate, always as a download of the type its bytes showed, never rendered by the browser. */
    @GetMapping({"/api/learning-claims/{ref}/certificate", "/berkas/klaim/{ref}/sertifikat"})
    ResponseEntity<byte[]> certificate(@PathVariable String ref) {
        LearningClaim claim = readable(ref);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(claim.getCertificateType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("sertifikat-" + claim.getClaimNumber() + "." + CertificateFile.extensionOf(claim.getCertificateType())).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(claims.certificate(claim));
    }

    private LearningClaim readable(String ref) {
        return claims.readable(ref).orElseThrow(() -> new RequestRefused(HttpStatus.NOT_FOUND,
                new FieldError("claim", "claim.notFound", ref)));
    }

    private ClaimView view(LearningClaim c) {
        return new ClaimView(c.getId(), c.getClaimNumber(), c.getEmployeeNip(), c.getKind(), c.getTitle(),
                c.getOrganiser(), c.getStartsOn(), c.getEndsOn(), c.getMinutes(), claims.jpFor(c), c.getStatus(),
                c.getSubmittedAt(), c.getDecidedBy(), c.getDecidedAt(), c.getDecisionReason(), c.getCertificateType(),
                c.getCertificateSize());
    }
}
