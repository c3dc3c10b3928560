package id.kompeten.demo;

import static id.kompeten.demo.DemoYear.wib;

import id.kompeten.activity.Activities;
import id.kompeten.learning.LearningClaim;
import id.kompeten.learning.LearningClaims;
import id.kompeten.process.ActivityProcess;
import id.kompeten.process.ClaimProcess;
import id.kompeten.security.Roles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The demo's development beyond the programme's courses, in its finished year, made as its people do it: a
 * coaching of a unit's staff member by their head (goals, three logged sessions, the head's assessment, the
 * employee's rating, the JP), and a seminar another staff member attended elsewhere, claimed with its certificate
 * and verified by HR. Both show in the JP ledger, the agency's standing by kind and the SIASN export of that year.
 */
final class DemoLearning {

    /** A one-page PDF standing in for the seminar's certificate. */
    static final byte[] CERTIFICATE = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final Activities activities;
    private final LearningClaims claims;
    private final DemoWalker walker;

    DemoLearning(Activities activities, LearningClaims claims, DemoWalker walker) {
        this.activities = activities;
        this.claims = claims;
        this.walker = walker;
    }

    /** {@code coached} is coached by their supervisor; {@code claimant} claims a seminar. */
    void previousYear(int year, DemoStaff.Person coached, DemoStaff.Person claimant) {
        String coachedNip = coached.nip();
        String claimantNip = claimant.nip();
        walker.at(wib(year, 3, 3, 9));
        var started = as(DemoYear.HR, Roles.HR_STAFF, () -> activities.start(new Activities.Start(coachedNip,
                "COACHING", "Penyusunan Arsitektur SPBE Daerah", null)));
        String coaching = started.getProcessInstanceId();
        String coach = started.getCoach();
        walker.complete(coaching, ActivityProcess.TASK_AGREE_GUIDANCE_GOALS, coach, Roles.SUPERVISORS, Map.of(
                "goals", "Menyusun sendiri peta proses layanan SPBE unit dan rancangan arsitekturnya", "plannedSessions", 3));
        String[][] sessions = {{"3", "10", "90", "Memetakan proses layanan perizinan daring"},
                {"4", "7", "120", "Meninjau rancangan arsitektur aplikasi unit"},
                {"5", "12", "90", "Mempresentasikan rancangan kepada kepala bidang", "CLOSE"}};
        for (String[] s : sessions) {
            walker.at(wib(year, Integer.parseInt(s[0]), Integer.parseInt(s[1]), 15));
            walker.complete(coaching, ActivityProcess.TASK_LOG_GUIDANCE_SESSION, coach, Roles.SUPERVISORS, Map.of(
                    "heldOn", wib(year, Integer.parseInt(s[0]), Integer.parseInt(s[1]), 15).atZone(DemoYear.WIB)
                            .toLocalDate().toString(),
                    "sessionMinutes", Integer.parseInt(s[2]), "sessionNotes", s[3],
                    ActivityProcess.NEXT_STEP, s.length > 4 ? s[4] : "ANOTHER"));
        }
        walker.complete(coaching, ActivityProcess.TASK_CLOSE_GUIDANCE, coach, Roles.SUPERVISORS, Map.of(
                "goalsAttained", 4, "appliedOnJob", 4,
                "closingNote", "Peta proses dan rancangan arsitektur disusun sendiri dan dipakai unit"));
        walker.at(wib(year, 5, 14, 10));
        walker.complete(coaching, ActivityProcess.TASK_RATE_GUIDANCE, coached.username(), Roles.PARTICIPANTS, Map.of(
                "usefulness", 5, "coachHelpfulness", 4, "participantComment", "Sangat membantu pekerjaan sehari-hari"));

        walker.at(wib(year, 8, 22, 9));
        LearningClaim claim = as(claimant.username(), Roles.PARTICIPANTS, () -> claims.submit(new LearningClaims.Submission(
                claimantNip, "SEMINAR", "Seminar Nasional Satu Data Indonesia", "Badan Pusat Statistik",
                java.time.LocalDate.of(year, 8, 19).toString(), java.time.LocalDate.of(year, 8, 20).toString(), "720"),
                CERTIFICATE));
        walker.at(wib(year, 8, 25, 10));
        walker.complete(claim.getProcessInstanceId(), ClaimProcess.TASK_VERIFY_LEARNING_CLAIM, DemoYear.HR,
                Roles.HR_STAFF, Map.of(ClaimProcess.CLAIM_DECISION, "VERIFIED"));
    }

    /** Runs our own API's rules (who may start, who claims) as that user, as a request of theirs would. */
    private static <T> T as(String user, String group, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(group))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
