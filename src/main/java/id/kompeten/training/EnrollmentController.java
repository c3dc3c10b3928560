package id.kompeten.training;

import id.kompeten.security.CaseAccess;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** HR's changes to enrolments after the invites went out (see {@link EnrollmentChanges}). */
@RestController
class EnrollmentController {

    private final EnrollmentChanges changes;
    private final CaseAccess access;

    EnrollmentController(EnrollmentChanges changes, CaseAccess access) {
        this.changes = changes;
        this.access = access;
    }

    record Cancellation(String reason) {}

    record Changed(Long enrollmentId, String caseNumber, String status, int inviteSequence) {
        static Changed of(Enrollment e) {
            return new Changed(e.getId(), e.getCaseNumber(), e.getStatus().name(), e.getInviteSequence());
        }
    }

    @PostMapping("/api/cases/{caseNumber}/enrollment/cancellation")
    Changed cancel(@PathVariable String caseNumber, @RequestBody Cancellation request) {
        return Changed.of(changes.cancel(caseNumber, request.reason(), access::mayManageAgency));
    }

    record Schedule(Instant startsAt, Instant endsAt, String location, String onlineLink) {}

    @PutMapping("/api/sessions/{sessionId}/schedule")
    List<Changed> reschedule(@PathVariable Long sessionId, @RequestBody Schedule request) {
        return changes.reschedule(sessionId, request.startsAt(), request.endsAt(), request.location(),
                request.onlineLink(), access::mayManageAgency).stream().map(Changed::of).toList();
    }
}
