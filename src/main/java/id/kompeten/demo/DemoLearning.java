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
 * The demo's development beyond the programme's courses, made as its people do it. In its finished year: a
 * coaching of a unit's staff member by their head (goals, three logged sessions, the head's assessment, the
 * employee's rating, the JP), a seminar another staff member attended elsewhere, claimed with its certificate and
 * verified by HR, an e-learning completed and verified, an internship assessed by its mentor, and the start of a
 * further study. All show in the JP ledger, the reports' JP by kind and the SIASN export of that year. This year,
 * one of each new family waits in Tasklist: an e-learning for HR to verify, an on-the-job guidance for its mentor to
 * assess, the study's second semester for HR to record.
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

    /**
     * The previous year's self-paced learning, placement and the start of a study: {@code learner} completes an
     * e-learning, {@code intern} an internship mentored by their head, {@code student} starts a master's study.
     */
    void previousYearFamilies(int year, DemoStaff.Person learner, DemoStaff.Person intern, DemoStaff.Person student) {
        walker.at(wib(year, 3, 1, 9));
        String learning = as(DemoYear.HR, Roles.HR_STAFF, () -> activities.start(new Activities.Start(learner.nip(),
                "E_LEARNING", "Keamanan Informasi bagi ASN", null, "ASN Unggul (LAN)",
                java.time.LocalDate.of(year, 3, 1).toString(), java.time.LocalDate.of(year, 6, 30).toString(), 6)))
                .getProcessInstanceId();
        walker.at(wib(year, 5, 20, 14));
        walker.complete(learning, ActivityProcess.TASK_REPORT_SELF_PACED_COMPLETION, learner.username(),
                Roles.PARTICIPANTS, Map.of("modulesCompleted", 6, "learningMinutes", 600, "certificateNumber",
                        "LAN-EL-" + year + "-04417", "completedOn", java.time.LocalDate.of(year, 5, 19).toString(),
                        "usefulness", 4, "learningRating", 4, "actionPlan",
                        "Menerapkan kata sandi kuat dan autentikasi dua faktor pada aplikasi unit"));
        walker.at(wib(year, 5, 22, 10));
        walker.complete(learning, ActivityProcess.TASK_VERIFY_SELF_PACED_COMPLETION, DemoYear.HR, Roles.HR_STAFF,
                Map.of(ActivityProcess.COMPLETION_VERIFIED, "true"));

        walker.at(wib(year, 6, 24, 9));
        var internship = as(DemoYear.HR, Roles.HR_STAFF, () -> activities.start(new Activities.Start(intern.nip(),
                "MAGANG", "Magang pengelolaan Satu Data", null, "Badan Pusat Statistik Provinsi Jawa Barat",
                java.time.LocalDate.of(year, 7, 1).toString(), java.time.LocalDate.of(year, 7, 26).toString(), null)));
        walker.passTime(internship.getProcessInstanceId(), wib(year, 7, 29, 9));
        walker.complete(internship.getProcessInstanceId(), ActivityProcess.TASK_ASSESS_PLACEMENT, internship.getCoach(),
                Roles.SUPERVISORS, Map.of("daysPresent", 18, "learningMinutes", 2160, "competenceAttained", 4,
                        "appliedOnJob", 4, "mentorAssessment",
                        "Mampu menyusun metadata statistik sektoral dan memvalidasi data secara mandiri"));
        walker.at(wib(year, 7, 31, 10));
        walker.complete(internship.getProcessInstanceId(), ActivityProcess.TASK_FILL_ACTIVITY_REFLECTION,
                intern.username(), Roles.PARTICIPANTS, Map.of("usefulness", 5, "learningRating", 4, "actionPlan",
                        "Menerapkan standar metadata pada dataset bidang"));

        walker.at(wib(year, 7, 25, 9));
        as(DemoYear.HR, Roles.HR_STAFF, () -> activities.start(new Activities.Start(student.nip(), "TUGAS_BELAJAR",
                "S2 Magister Ilmu Komunikasi", null, "Universitas Padjadjaran",
                java.time.LocalDate.of(year, 8, 1).toString(), java.time.LocalDate.of(year + 2, 7, 31).toString(), null)));
    }

    /**
     * This year's activities waiting in Tasklist: {@code learner}'s e-learning reported and awaiting HR's
     * verification, {@code guided}'s on-the-job guidance ended and awaiting {@code mentor}'s assessment, and
     * {@code student}'s first semester recorded, the second awaiting HR.
     */
    void thisYear(int year, DemoStaff.Person learner, DemoStaff.Person guided, String mentor, DemoStaff.Person student,
                  String studyProcess) {
        java.time.Instant now = java.time.Instant.now();
        walker.at(wib(year, 2, 10, 10));
        walker.complete(studyProcess, ActivityProcess.TASK_RECORD_STUDY_SEMESTER, DemoYear.HR, Roles.HR_STAFF,
                Map.of("creditsEarned", 18, "gradePoint", 3.62, "transcriptNumber", "UNPAD/MIKOM/" + year + "/0217",
                        ActivityProcess.STUDY_STATUS, "CONTINUING"));

        java.time.LocalDate today = now.atZone(DemoYear.WIB).toLocalDate();
        walker.at(now.minus(java.time.Duration.ofDays(20)));
        String learning = as(DemoYear.HR, Roles.HR_STAFF, () -> activities.start(new Activities.Start(learner.nip(),
                "E_LEARNING", "Analisis Data dengan Spreadsheet", null, "ASN Unggul (LAN)",
                today.minusDays(20).toString(), today.plusDays(40).toString(), 4))).getProcessInstanceId();
        walker.at(now.minus(java.time.Duration.ofDays(2)));
        walker.complete(learning, ActivityProcess.TASK_REPORT_SELF_PACED_COMPLETION, learner.username(),
                Roles.PARTICIPANTS, Map.of("modulesCompleted", 4, "learningMinutes", 480, "certificateNumber",
                        "LAN-EL-" + year + "-10233", "completedOn", today.minusDays(3).toString(),
                        "usefulness", 5, "learningRating", 4, "actionPlan", "Menyusun dasbor data layanan bidang"));

        walker.at(now.minus(java.time.Duration.ofDays(31)));
        String guidance = as(DemoYear.HR, Roles.HR_STAFF, () -> activities.start(new Activities.Start(guided.nip(),
                "BIMBINGAN_TEMPAT_KERJA", "Bimbingan pengelolaan aplikasi layanan", mentor, "Bidang Aplikasi Informatika",
                today.minusDays(30).toString(), today.minusDays(2).toString(), null))).getProcessInstanceId();
        walker.passTime(guidance, now.minus(java.time.Duration.ofHours(30)));
    }

    /** Runs our own API's rules (who may start, who claims) as that user, as a request of theirs would. */
    static <T> T as(String user, String group, Supplier<T> work) {
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
