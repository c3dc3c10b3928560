package id.kompeten.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import id.kompeten.system.ClusterCases.Participant;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the cluster's shared database and the SMTP server hold of the cases: their outcomes, their emails (the rows,
 * the receipts, the messages received), their steps, the jobs and who ran them (Camunda's job log).
 */
final class ClusterRecords {

    private final JdbcTemplate db;
    private final GreenMail smtp;

    ClusterRecords(JdbcTemplate db, GreenMail smtp) {
        this.db = db;
        this.smtp = smtp;
    }

    int closed(Map<String, Participant> cases) {
        return db.queryForObject("select count(*) from competency_case where status = 'CLOSED' and case_number in ("
                + in(cases) + ")", Integer.class);
    }

    /** The link to the step's task in the email the user received about the case (its path: /tugas/…). */
    String taskLink(String caseNumber, String user, String step) throws Exception {
        MimeMessage email = waitFor(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).contains(caseNumber) && recipient(m).startsWith(user + "@"))
                .findFirst().orElse(null), Duration.ofMinutes(1));
        Matcher link = Pattern.compile("/tugas/" + caseNumber + "/" + step + "\\?lang=id&sig=[0-9a-f]+").matcher(text(email));
        assertThat(link.find()).as("a task link in " + text(email)).isTrue();
        return link.group();
    }

    /** The node that ran the step's asynchronous continuation (the job log's hostname). */
    String ranStep(String caseNumber, String activity) {
        // the step's job runs on its execution; the email jobs it makes, logged at the same activity, on none
        return db.queryForObject("select l.hostname_ from act_hi_job_log l join competency_case c"
                + " on c.process_instance_id = l.process_instance_id_ where c.case_number = ?"
                + " and l.act_id_ = ? and l.job_state_ = 2 and l.execution_id_ is not null", String.class, caseNumber, activity);
    }

    /** Emails the SMTP server has received without a delivery receipt (yet). */
    List<String> unreceipted() {
        List<String> receipts = db.queryForList("select message_id from email_delivery", String.class);
        return received().stream().filter(id -> !receipts.contains(id)).toList();
    }

    /** The cases' last emails sent and nothing of them left to run. */
    void awaitSettled(Map<String, Participant> cases, Duration bound) throws Exception {
        waitFor(() -> db.queryForObject("select count(*) from email_message where status = 'REQUESTED' and case_number in ("
                + in(cases) + ")", Integer.class) == 0 && db.queryForObject("select count(*) from act_ru_job j join"
                + " competency_case c on c.process_instance_id = j.process_instance_id_ where c.case_number in ("
                + in(cases) + ")", Integer.class) == 0 ? true : null, bound);
    }

    /**
     * Each case closed with the outcome of its path; each email the cases asked for sent; every email the SMTP server
     * received once, each a message the database says was sent (by Message-ID); no step of a case done twice; no
     * job failed (but for concurrent changes, which the engine runs again), no incident.
     */
    void assertFinishedOnceEach(Map<String, Participant> cases) {
        Map<String, String> outcomes = db.query("select case_number, status, outcome from competency_case where case_number in ("
                + in(cases) + ")", (row, i) -> Map.entry(row.getString(1), row.getString(2) + " " + row.getString(3)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        cases.forEach((caseNumber, participant) -> assertThat(outcomes.get(caseNumber)).as(caseNumber)
                .isEqualTo(participant.trains() ? "CLOSED COMPLETED" : "CLOSED NO_NEED"));

        Map<String, List<String>> kinds = new LinkedHashMap<>();
        db.query("select case_number, kind, status from email_message where case_number in (" + in(cases) + ") order by kind",
                (java.sql.ResultSet row) -> {
                    assertThat(row.getString(3)).as(row.getString(1) + " " + row.getString(2)).isEqualTo("SENT");
                    kinds.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(row.getString(2));
                });
        cases.forEach((caseNumber, participant) -> assertThat(kinds.get(caseNumber)).as("emails of " + caseNumber)
                .isEqualTo(participant.trains() ? TRAINING_EMAILS : NO_NEED_EMAILS));

        List<String> sent = db.queryForList("select message_id from email_message where status = 'SENT'", String.class);
        assertThat(sent).doesNotHaveDuplicates();
        assertThat(received()).as("every email received once, and only those sent").containsExactlyInAnyOrderElementsOf(sent);

        assertThat(db.queryForList("select case_number || ' ' || step_id from case_event where case_number in ("
                + in(cases) + ") group by case_number, step_id having count(*) > 1", String.class))
                .as("steps done twice").isEmpty();
        assertThat(db.queryForObject("select count(*) from act_ru_incident", Integer.class)).as("incidents").isZero();
        // a run that met a concurrent change (of the same case on the other node) is run again by the engine: not a
        // failure; nor is a run while the database was away (see outage), which the job keeps its retries for
        List<String> failed = failedRuns().stream().filter(run -> outages.stream().noneMatch(o -> o.during(run.at())))
                .map(FailedRun::message).toList();
        assertThat(failed).as("failed job runs").allMatch(message ->
                message.contains("was updated by another transaction concurrently"));
    }

    /**
     * The database was away from {@code stopped} to {@code started}: a job run that failed meanwhile, or within the
     * job lock time after (a run begun before that met a connection the restart had closed), is the outage's.
     */
    record Outage(Instant stopped, Instant started) {
        boolean during(Instant at) {
            return !at.isBefore(stopped.minusSeconds(1)) && at.isBefore(started.plus(ClusterTests.LOCK_TIME));
        }
    }

    private final List<Outage> outages = new java.util.concurrent.CopyOnWriteArrayList<>();

    void outage(Outage outage) {
        outages.add(outage);
    }

    /** The job runs that failed during the outages, by their exception's message. */
    List<String> failedDuringOutages() {
        return failedRuns().stream().filter(run -> outages.stream().anyMatch(o -> o.during(run.at())))
                .map(FailedRun::message).toList();
    }

    record FailedRun(String message, Instant at) {}

    List<FailedRun> failedRuns() {
        return db.query("select job_exception_msg_, timestamp_ from act_hi_job_log where job_state_ = 1",
                (row, i) -> new FailedRun(String.valueOf(row.getString(1)), row.getTimestamp(2).toInstant()));
    }

    /** The emails of each path, by kind in alphabetical order. */
    static final List<String> NO_NEED_EMAILS = List.of("ASSESSMENT_REQUEST", "CASE_CLOSED", "NEEDS_SURVEY_REQUEST");
    static final List<String> TRAINING_EMAILS = List.of("ASSESSMENT_REQUEST", "CASE_CLOSED", "INTERVIEW_REQUEST",
            "NEEDS_SURVEY_REQUEST", "PLAN_APPROVAL_REQUEST", "PLAN_PROPOSAL_REQUEST", "POST_SURVEY_REQUEST",
            "TRAINING_INVITATION");

    Map<String, Integer> jobsByNode(Map<String, Participant> cases) {
        Map<String, Integer> byNode = new java.util.TreeMap<>();
        db.query("select l.hostname_, count(*) from act_hi_job_log l join competency_case c on c.process_instance_id ="
                + " l.process_instance_id_ where l.job_state_ = 2 and c.case_number in (" + in(cases) + ") group by l.hostname_",
                (java.sql.ResultSet row) -> {
                    byNode.put(row.getString(1), row.getInt(2));
                });
        return byNode;
    }

    List<String> received() {
        return Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getMessageID();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String in(Map<String, Participant> cases) {
        return cases.keySet().stream().map(c -> "'" + c + "'").collect(Collectors.joining(","));
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String recipient(MimeMessage message) {
        try {
            return ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text parts of an email, decoded. */
    static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        StringBuilder text = new StringBuilder();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                text.append(text(child));
            }
        }
        return text.toString();
    }

    static <T> T waitFor(Supplier<T> found, Duration bound) throws InterruptedException {
        Instant deadline = Instant.now().plus(bound);
        while (Instant.now().isBefore(deadline)) {
            T value = found.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not within " + bound);
    }

}
