package id.kompeten.notification;

import static id.kompeten.cases.CaseDriver.needsSurvey;
import static id.kompeten.cases.CaseDriver.vars;
import static id.kompeten.process.CaseProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCase;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.process.CaseVariables;
import id.kompeten.demo.DemoData;
import id.kompeten.training.EnrollmentChanges;
import id.kompeten.training.TrainingSession;
import id.kompeten.training.TrainingSessionRepository;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The emails of a case, received by GreenMail as a real SMTP server: who gets what, in which language, with a
 * working task link and a parseable invite; and that nothing is lost or sent twice when SMTP is down, when a
 * sending job is re-run after a crash, or when a reminder timer fires.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseEmailTests {

    /** A free port chosen once, so the server restarts on the same port the application sends to. */
    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(smtpOn(SMTP_PORT));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    /**
     * GreenMail's SMTP server on 127.0.0.1. Its start waits until the server listens; GreenMail's own bound for
     * that (2 s) is raised, as a busy machine can take longer.
     */
    static ServerSetup smtpOn(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(java.time.Duration.ofMinutes(2).toMillis());
        return setup;
    }

    static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Simulates a node that dies after the SMTP server accepted a message and before the sending job commits. */
    @TestConfiguration
    static class Crash {
        final AtomicBoolean afterNextSend = new AtomicBoolean();

        @EventListener
        void on(EmailSent sent) {
            if (afterNextSend.compareAndSet(true, false)) {
                throw new IllegalStateException("simulated crash after sending " + sent.idempotencyKey());
            }
        }
    }

    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    @Autowired EnrollmentChanges enrollmentChanges;
    @Autowired TrainingSessionRepository sessions;
    @Autowired Crash crash;
    @LocalServerPort int port;
    CaseDriver driver;
    ManagementService management;

    @BeforeEach
    void setUp() {
        driver = new CaseDriver(engine, jdbc);
        driver.reset();
        management = engine.getManagementService();
    }

    ProcessInstance open(String nip) {
        CompetencyCase opened = cases.open(nip, Year.now().getValue(), "siti");
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(opened.getProcessInstanceId()).singleResult();
    }

    String caseNumber(ProcessInstance instance) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey();
    }

    record Mail(String to, String subject, String text, String calendar, String messageId) {}

    List<Mail> received() throws Exception {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            mails.add(new Mail(m.getAllRecipients()[0].toString().replaceAll(".*<|>.*", ""), m.getSubject(),
                    part(m, "text/plain"), part(m, "text/calendar"), m.getMessageID()));
        }
        return mails;
    }

    static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            Object content = part.getContent();
            return content instanceof String text ? text : new String(((java.io.InputStream) content).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = part(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static List<String> addressedSubjects(List<Mail> mails) {
        return mails.stream().map(m -> m.to() + ": " + m.subject()).toList();
    }

    static VEvent event(String calendar) throws Exception {
        Calendar parsed = new CalendarBuilder().build(new StringReader(calendar));
        return (VEvent) parsed.getComponent("VEVENT").orElseThrow();
    }

    static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    /** How iCalendar writes a UTC instant: 20261123T010000Z. */
    static String utc(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC)
                .format(instant);
    }

    static String prop(Calendar calendar, String name) {
        return calendar.getProperty(name).map(Property::getValue).orElse(null);
    }

    @Test
    void walkingACaseSendsEachPersonExactlyTheirEmailsInTheirLanguage() throws Exception {
        ProcessInstance instance = open(DemoData.ANDI_NIP);
        String caseNumber = caseNumber(instance);
        driver.surveyAndiNeedingSpbe(instance);
        driver.trainAndi(instance, 4);
        driver.interviewAndi(instance, 5);

        List<Mail> mails = received();
        // the session chosen had already started, so no reminder the day before; andi reads Indonesian
        assertThat(addressedSubjects(mails)).containsExactlyInAnyOrder(
                "andi@kompeten.example: Kasus " + caseNumber + " dibuka: mohon isi survei kebutuhan pelatihan",
                "budi@kompeten.example: Mohon nilai kompetensi Andi Pratama (" + caseNumber + ")",
                "andi@kompeten.example: Susun rencana pengembangan kompetensi Anda (" + caseNumber + ")",
                "budi@kompeten.example: Rencana pengembangan Andi Pratama menunggu persetujuan (" + caseNumber + ")",
                "andi@kompeten.example: Undangan pelatihan: Pelatihan Layanan Publik Berbasis Elektronik",
                "andi@kompeten.example: Mohon isi survei pascapelatihan: Pelatihan Layanan Publik Berbasis Elektronik",
                "budi@kompeten.example: Wawancara penerapan hasil pelatihan Andi Pratama (" + caseNumber + ")",
                "andi@kompeten.example: Kasus " + caseNumber + " selesai: 20 JP dikreditkan");
        assertThat(mails).extracting(Mail::messageId).doesNotHaveDuplicates()
                .allMatch(id -> id.endsWith("." + caseNumber + "@kompeten.example>"));

        // the link in the first email opens andi's task in Tasklist while it was open: check it on a new case
        Mail opened = mails.stream().filter(m -> m.subject().contains("dibuka")).findFirst().orElseThrow();
        assertThat(opened.text()).contains("Yth. Andi Pratama,").contains("Buka tugas: http://localhost:8080/tugas/"
                + caseNumber + "/Task_FillNeedsSurvey?lang=id");

        Mail invitation = mails.stream().filter(m -> m.subject().startsWith("Undangan")).findFirst().orElseThrow();
        Calendar calendar = new CalendarBuilder().build(new StringReader(invitation.calendar()));
        assertThat(prop(calendar, "METHOD")).isEqualTo("REQUEST");
        VEvent event = event(invitation.calendar());
        Long enrollmentId = jdbc.queryForObject("select id from enrollment where case_number = ?", Long.class, caseNumber);
        assertThat(value(event, "UID")).isEqualTo("enrollment-" + enrollmentId + "@kompeten.example");
        assertThat(value(event, "SEQUENCE")).isEqualTo("0");
        Instant startsAt = jdbc.queryForObject("select s.starts_at from training_session s join enrollment e "
                + "on e.session_id = s.id where e.id = ?", java.sql.Timestamp.class, enrollmentId).toInstant();
        assertThat(value(event, "DTSTART")).isEqualTo(utc(startsAt));
        assertThat(invitation.text()).contains("Pelatihan: Pelatihan Layanan Publik Berbasis Elektronik");

        assertThat(jdbc.queryForList("select status from email_message where case_number = ?", String.class, caseNumber))
                .hasSize(8).containsOnly("SENT");
    }

    @Test
    void followUpAndEscalationReachTheSupervisorTheParticipantAndHr() throws Exception {
        ProcessInstance instance = open(DemoData.ANDI_NIP);
        String caseNumber = caseNumber(instance);
        driver.surveyAndiNeedingSpbe(instance);
        for (int round = 1; round <= 2; round++) {
            driver.trainAndi(instance, 4);
            smtp.purgeEmailFromAllMailboxes();
            driver.interviewAndi(instance, 3);
            if (round == 1) {
                assertThat(addressedSubjects(received())).containsExactly(
                        "budi@kompeten.example: Persetujuan pelatihan lanjutan untuk Andi Pratama (" + caseNumber + ")");
                smtp.purgeEmailFromAllMailboxes();
                driver.complete(instance, TASK_APPROVE_FOLLOW_UP_TRAINING, "budi", vars(CaseVariables.FOLLOW_UP_APPROVED, "true"));
                List<Mail> approved = received();
                assertThat(addressedSubjects(approved)).containsExactly(
                        "andi@kompeten.example: Pelatihan lanjutan Anda disetujui (" + caseNumber + ")");
                assertThat(approved.get(0).text()).contains("Putaran: 2");
            }
        }
        // round 2 of at most 2 and still not mastered: HR (siti) is told, with the link to the review task
        List<Mail> escalated = received();
        assertThat(addressedSubjects(escalated)).containsExactly(
                "siti@kompeten.example: Kasus " + caseNumber + " dieskalasi ke BKPSDM");
        assertThat(escalated.get(0).text()).contains("Pegawai: Andi Pratama")
                .contains("/tugas/" + caseNumber + "/Task_ReviewEscalatedCase?lang=id");
    }

    @Test
    void aReasonTypedWithMarkupShowsAsTextInTheEmail() throws Exception {
        ProcessInstance instance = open(DemoData.ANDI_NIP);
        String caseNumber = caseNumber(instance);
        driver.surveyAndiNeedingSpbe(instance);
        driver.trainAndi(instance, 4);
        driver.interviewAndi(instance, 2);
        smtp.purgeEmailFromAllMailboxes();
        driver.complete(instance, TASK_APPROVE_FOLLOW_UP_TRAINING, "budi", vars(CaseVariables.FOLLOW_UP_APPROVED, "false",
                "followUpNote", "<b>Cukup</b> <script>alert(1)</script>"));

        MimeMessage closed = smtp.getReceivedMessages()[0];
        assertThat(closed.getSubject()).startsWith("Kasus " + caseNumber + " ditutup");
        String html = part(closed, "text/html");
        assertThat(html).contains("&lt;b&gt;Cukup&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>").doesNotContain("<b>Cukup");
        assertThat(part(closed, "text/plain")).contains("Alasan: <b>Cukup</b> <script>alert(1)</script>");
    }

    @Test
    void englishReadersGetEnglishAndTheTaskLinkOpensTheirTask() throws Exception {
        ProcessInstance instance = open(DemoData.DEWI_NIP);
        String caseNumber = caseNumber(instance);
        driver.settle(instance);

        List<Mail> mails = received();
        assertThat(addressedSubjects(mails)).containsExactlyInAnyOrder(
                "dewi@kompeten.example: Case " + caseNumber + " opened: please fill in the training needs survey",
                "budi@kompeten.example: Mohon nilai kompetensi Dewi Lestari (" + caseNumber + ")");
        Mail toDewi = mails.stream().filter(m -> m.to().startsWith("dewi")).findFirst().orElseThrow();
        assertThat(toDewi.text()).startsWith("Dear Dewi Lestari,")
                .contains("competency development case for " + Year.now().getValue() + ".")
                .contains("Open the task: http://localhost:8080/tugas/" + caseNumber + "/Task_FillNeedsSurvey?lang=en");

        // the link as the email gives it (signed), then unsigned and forged: those find nothing
        String path = toDewi.text().replaceAll("(?s).*Open the task: http://localhost:8080(\\S+).*", "$1");
        assertThat(path).contains("&sig=");
        HttpClient http = HttpClient.newHttpClient();
        for (String unsigned : List.of(path.replaceAll("&sig=.*", ""), path.replaceAll("&sig=.*", "&sig=00ff"))) {
            assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + unsigned)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
        }
        HttpResponse<Void> redirect = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValue(
                "/camunda/app/tasklist/default/?lang=en#/?task=" + driver.task(instance, TASK_FILL_NEEDS_SURVEY).getId());
    }

    @Test
    void smtpDownRetriesThenRaisesAnIncidentAndDeliversOnceWhenBack() throws Exception {
        smtp.stop();
        ProcessInstance instance = open(DemoData.ANDI_NIP);
        String caseNumber = caseNumber(instance);
        List<Job> steps = management.createJobQuery().processInstanceId(instance.getId()).messages().list();
        assertThat(steps).hasSize(2);
        // the email steps only record their emails, so they succeed while the mail server is down; each email's
        // send after its step fails, and is handed to a job of its own
        steps.forEach(step -> management.executeJob(step.getId()));
        List<Job> sends = management.createJobQuery().processInstanceId(instance.getId()).messages().list();
        assertThat(sends).hasSize(2).noneMatch(send -> steps.stream().anyMatch(step -> step.getId().equals(send.getId())));
        int attempts = 0;
        for (Job send : sends) {
            while (management.createJobQuery().jobId(send.getId()).singleResult().getRetries() > 0) {
                Instant before = Instant.now();
                assertThatThrownBy(() -> management.executeJob(send.getId())).hasMessageContaining("Mail server connection failed");
                Instant after = Instant.now();
                attempts++;
                Job failed = management.createJobQuery().jobId(send.getId()).singleResult();
                if (failed.getRetries() > 0) {
                    // retry cycle of the test profile: R3/PT1M, a minute after the failure, however long the attempt
                    // took (the second allows for the database's rounding of the due date)
                    assertThat(failed.getDuedate().toInstant()).isBetween(before.plus(Duration.ofMinutes(1)).minusSeconds(1),
                            after.plus(Duration.ofMinutes(1)).plusSeconds(1));
                }
            }
        }
        // R3/PT1M: each of the two emails is tried three times by its job (after the try at its step's end), then
        // becomes an incident on the case, at its step
        assertThat(attempts).isEqualTo(6);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).list())
                .allMatch(i -> i.getIncidentType().equals("failedJob"))
                .extracting(org.camunda.bpm.engine.runtime.Incident::getActivityId)
                .containsExactlyInAnyOrder("Event_NotifyNeedsSurvey", "Event_NotifyAssessment");
        // the case moved on without its emails; they wait, recorded as requested
        assertThat(driver.task(instance, TASK_FILL_NEEDS_SURVEY)).isNotNull();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(jdbc.queryForList("select status from email_message where case_number = ?", String.class, caseNumber))
                .containsExactly("REQUESTED", "REQUESTED");

        smtp.start();
        sends.forEach(send -> management.setJobRetries(send.getId(), 1));
        driver.settle(instance);

        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(addressedSubjects(received())).hasSize(2).allMatch(s -> s.startsWith("andi@") || s.startsWith("budi@"))
                .doesNotHaveDuplicates();
        assertThat(jdbc.queryForList("select status from email_message where case_number = ?", String.class, caseNumber))
                .containsExactly("SENT", "SENT");
    }

    @Test
    void healthStaysUpWhileTheMailServerIsDown() throws Exception {
        smtp.stop();
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void aSendThatCrashesAfterTheMailServerTookItIsNotSentAgainByItsJob() throws Exception {
        ProcessInstance instance = open(DemoData.ANDI_NIP);
        Job step = management.createJobQuery().processInstanceId(instance.getId()).activityId("Event_NotifyNeedsSurvey")
                .singleResult();

        // the step commits and the case moves on; its email goes out at once, and the node "crashes" right after
        crash.afterNextSend.set(true);
        management.executeJob(step.getId());
        assertThat(driver.task(instance, TASK_FILL_NEEDS_SURVEY)).isNotNull();
        assertThat(received()).hasSize(1);
        // the send's transaction rolled back: the email is still requested, now with a job of its own to try again
        assertThat(jdbc.queryForObject("select status from email_message where step = 'Event_NotifyNeedsSurvey'",
                String.class)).isEqualTo("REQUESTED");
        Job send = management.createJobQuery().processInstanceId(instance.getId()).activityId("Event_NotifyNeedsSurvey")
                .singleResult();
        assertThat(send.getId()).isNotEqualTo(step.getId());

        management.executeJob(send.getId());

        // its receipt, written the moment the server took it, says it went: settled without a second send
        assertThat(received()).hasSize(1);
        assertThat(management.createJobQuery().jobId(send.getId()).count()).isZero();
        assertThat(jdbc.queryForObject("select status from email_message where step = 'Event_NotifyNeedsSurvey'",
                String.class)).isEqualTo("SENT");
    }

    @Test
    void remindersAndEscalationsFireAtTheConfiguredDurationsAndNotAfterTheTaskIsDone() throws Exception {
        Instant before = Instant.now();
        ProcessInstance instance = open(DemoData.ANDI_NIP);
        driver.settle(instance);
        smtp.purgeEmailFromAllMailboxes();
        Job reminder = timer(instance, "BoundaryEvent_NeedsSurveyReminder");
        Job escalation = timer(instance, "BoundaryEvent_NeedsSurveyEscalation");
        Instant after = Instant.now();
        // application.yaml: reminder after P3D, escalation after P7D, counted from the timers' creation, which
        // lies between before and after however long that took (a second for the database's rounding)
        assertThat(reminder.getDuedate().toInstant()).isBetween(before.plus(3, ChronoUnit.DAYS).minusSeconds(1),
                after.plus(3, ChronoUnit.DAYS).plusSeconds(1));
        assertThat(escalation.getDuedate().toInstant()).isBetween(before.plus(7, ChronoUnit.DAYS).minusSeconds(1),
                after.plus(7, ChronoUnit.DAYS).plusSeconds(1));

        management.executeJob(reminder.getId());
        driver.settle(instance);
        management.executeJob(timer(instance, "BoundaryEvent_AssessmentEscalation").getId());
        driver.settle(instance);
        assertThat(addressedSubjects(received())).containsExactlyInAnyOrder(
                "andi@kompeten.example: Pengingat: Isi survei kebutuhan pelatihan (" + caseNumber(instance) + ")",
                "siti@kompeten.example: Eskalasi: Nilai kompetensi pegawai belum dikerjakan (" + caseNumber(instance) + ")");
        assertThat(driver.task(instance, TASK_FILL_NEEDS_SURVEY)).as("the reminder does not take the task away").isNotNull();

        driver.complete(instance, TASK_FILL_NEEDS_SURVEY, "andi", needsSurvey(Map.of("T-LPE", 2, "M-KOM", 3, "SK-PB", 2)));
        assertThat(management.createJobQuery().processInstanceId(instance.getId())
                .activityId("BoundaryEvent_NeedsSurveyEscalation").count()).as("no escalation once the survey is done").isZero();
        assertThat(timer(instance, "BoundaryEvent_AssessmentReminder")).isNotNull();
    }

    Job timer(ProcessInstance instance, String boundaryEvent) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(boundaryEvent)
                .singleResult();
    }

    @Test
    void rescheduledAndCancelledEnrolmentsSendInvitesWithTheSameUidAndAHigherSequence() throws Exception {
        TrainingSession ahead = sessions.findAll().stream()
                .filter(s -> s.getCourse().getCode().equals("SPBE-01") && s.getStartsAt().isAfter(Instant.now().plus(2, ChronoUnit.DAYS)))
                .findFirst().orElseThrow();
        Instant originalStart = ahead.getStartsAt();
        Instant originalEnd = ahead.getEndsAt();
        String originalLocation = ahead.getLocation();
        try {
            ProcessInstance instance = open(DemoData.ANDI_NIP);
            String caseNumber = caseNumber(instance);
            driver.surveyAndiNeedingSpbe(instance);
            driver.complete(instance, TASK_SCHEDULE_TRAINING, "siti", vars(CaseVariables.TRAINING_SESSION_ID, String.valueOf(ahead.getId())));
            smtp.purgeEmailFromAllMailboxes();

            Instant movedStart = originalStart.plus(1, ChronoUnit.DAYS);
            enrollmentChanges.reschedule(ahead.getId(), movedStart, originalEnd.plus(1, ChronoUnit.DAYS), "Aula Baru", null);
            driver.settle(instance);
            enrollmentChanges.cancel(caseNumber, "Bentrok dengan tugas luar kota");
            driver.settle(instance);

            List<Mail> mails = received();
            assertThat(mails).extracting(Mail::subject).containsExactly(
                    "Perubahan jadwal pelatihan: Pelatihan Layanan Publik Berbasis Elektronik",
                    "Pembatalan pelatihan: Pelatihan Layanan Publik Berbasis Elektronik");
            VEvent update = event(mails.get(0).calendar());
            VEvent cancel = event(mails.get(1).calendar());
            assertThat(value(update, "UID")).isEqualTo(value(cancel, "UID")).startsWith("enrollment-");
            assertThat(value(update, "SEQUENCE")).isEqualTo("1");
            assertThat(value(update, "DTSTART")).isEqualTo(utc(movedStart));
            assertThat(value(update, "LOCATION")).isEqualTo("Aula Baru");
            assertThat(value(cancel, "SEQUENCE")).isEqualTo("2");
            assertThat(prop(new CalendarBuilder().build(new StringReader(mails.get(1).calendar())), "METHOD")).isEqualTo("CANCEL");
            assertThat(value(cancel, "STATUS")).isEqualTo("CANCELLED");
            assertThat(mails.get(1).text()).contains("Alasan: Bentrok dengan tugas luar kota");
            // the case goes back to scheduling, and the seat is free again
            assertThat(driver.task(instance, TASK_SCHEDULE_TRAINING)).isNotNull();
            assertThat(jdbc.queryForObject("select status from enrollment where case_number = ?", String.class, caseNumber))
                    .isEqualTo("CANCELLED");
        } finally {
            driver.reset();
            enrollmentChanges.reschedule(ahead.getId(), originalStart, originalEnd, originalLocation, ahead.getOnlineLink());
        }
    }
}
