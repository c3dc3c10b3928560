package id.kompeten.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.kompeten.demo.DemoData;
import id.kompeten.security.HttpCalls.Reply;
import id.kompeten.system.ClusterCases.Participant;
import id.kompeten.system.JobLocks.Lock;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two Kompeten nodes on one PostgreSQL (issue 13): each node the built jar in a process of its own, both with their
 * job executors, each with its own engine hostname (which the job log names), sharing the database, the email
 * link secret and the SMTP server (GreenMail, in this JVM). The users drive their cases over HTTP through both
 * nodes in turn. Then PostgreSQL is restarted in the middle of the work (both nodes answer 503 meanwhile and serve
 * again after, by themselves); then one node is killed (SIGKILL) in the middle of the work, and the other finishes
 * it all.
 * Runs in a JVM of its own after {@code package} (pom.xml, execution "cluster"), as it starts the jar.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTests {

    /** camunda.bpm.job-execution in application.yaml: how long a job stays locked, how long an idle executor waits. */
    static final Duration LOCK_TIME = Duration.ofMinutes(1);
    static final Duration IDLE_POLL = Duration.ofSeconds(10);
    /** The same on every node, or a link made by one node is refused by the other. */
    static final String LINK_SECRET = "kunci-tautan-klaster";
    static final int YEAR = Year.now().getValue();
    /** The cases of each run, and how many of them train (the rest close at once: no need). */
    static final int CASES = 24;
    static final int TRAINING = 6;
    static final int CASES_WHEN_KILLED = 12;
    static final int TRAINING_WHEN_KILLED = 3;
    static final int CASES_WHEN_RESTARTED = 12;
    static final int TRAINING_WHEN_RESTARTED = 3;
    /** The participants: each run's, the signed link's one (after the killed run's), then the restarted run's. */
    static final int LINK_PARTICIPANT = CASES + CASES_WHEN_KILLED;
    static final int RESTARTED_FROM = LINK_PARTICIPANT + 1;
    static final int USERS = 4;

    PostgresServer postgres;
    GreenMail smtp;
    JdbcTemplate db;
    ClusterNode a;
    ClusterNode b;
    ClusterCases users;
    JobLocks locks;
    ClusterRecords records;
    final List<Participant> participants = new ArrayList<>();

    @BeforeAll
    void startTheCluster() throws Exception {
        postgres = PostgresServer.start();
        int smtpPort = freePort();
        ServerSetup setup = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        setup.setServerStartupTimeout(Duration.ofMinutes(2).toMillis());
        smtp = new GreenMail(setup);
        smtp.start();
        db = new JdbcTemplate(new DriverManagerDataSource(postgres.jdbcUrl(), "kompeten", ""));
        Path jar = Path.of(System.getProperty("kompeten.test.jar", "target/kompeten-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).as("the built jar (./mvnw package)").exists();
        // one after the other, as in a rolling start: the first creates the schemas (Flyway's, Camunda's) and the demo data
        a = node("node-a", jar, smtpPort);
        System.out.printf("Cluster: node-a ready in %d s%n", a.awaitReady(Duration.ofMinutes(5)).toSeconds());
        b = node("node-b", jar, smtpPort);
        System.out.printf("Cluster: node-b ready in %d s%n", b.awaitReady(Duration.ofMinutes(5)).toSeconds());
        locks = new JobLocks(db);
        records = new ClusterRecords(db, smtp);
        long pastSession = db.queryForObject("select id from training_session where course_code = 'KOM-01'"
                + " and ends_at < current_timestamp", Long.class);
        users = new ClusterCases(List.of(a, b), pastSession);
        for (int i = 1; i <= RESTARTED_FROM + CASES_WHEN_RESTARTED; i++) {
            participants.add(seed(i, i <= TRAINING || (i > CASES && i <= CASES + TRAINING_WHEN_KILLED)
                    || (i > RESTARTED_FROM && i <= RESTARTED_FROM + TRAINING_WHEN_RESTARTED)));
        }
    }

    ClusterNode node(String name, Path jar, int smtpPort) throws Exception {
        return ClusterNode.start(name, jar, freePort(),
                // the JIT's first tier only, as ./mvnw spring-boot:run: two nodes start on two cores
                List.of("-XX:TieredStopAtLevel=1", "-Xmx512m"),
                List.of("--spring.profiles.active=postgres,demo", "--kompeten.demo.allow-on-postgres=true",
                        "--kompeten.demo.finished-year=false",
                        "--camunda.bpm.generic-properties.properties.hostname=" + name,
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                        "--kompeten.mail.link-secret=" + LINK_SECRET, "--kompeten.mail.base-url=https://kompeten.example",
                        // the on-the-job period passes at once; no reminder falls due while the test runs
                        "--kompeten.timers.on-the-job-period=PT1S", "--kompeten.reminders.reminder-after=P1D",
                        "--kompeten.reminders.escalation-after=P2D"),
                Map.of("KOMPETEN_DB_URL", postgres.jdbcUrl(), "KOMPETEN_DB_USER", "kompeten", "KOMPETEN_DB_PASSWORD", ""));
    }

    /** A participant of budi's: an employee (no API creates them) and their login, made by the administrator. */
    Participant seed(int i, boolean trains) throws Exception {
        String user = "klaster%02d".formatted(i);
        String nip = "199001012015032%03d".formatted(i);
        db.update("insert into employee (nip, name, email, username, agency, unit, position_code, supervisor_nip, locale)"
                + " values (?, ?, ?, ?, ?, ?, 'PRANATA-KOM', ?, 'id')", nip, "Pegawai Klaster " + i,
                user + "@kompeten.example", user, DemoData.AGENCY, DemoData.SECRETARIAT, DemoData.BUDI_NIP);
        ClusterCases.expect(a.call("admin", "POST", "/engine-rest/user/create", Map.of(
                "profile", Map.of("id", user, "firstName", "Pegawai", "lastName", "Klaster " + i,
                        "email", user + "@kompeten.example"), "credentials", Map.of("password", "demo")), Map.of()),
                204, "creating " + user);
        ClusterCases.expect(a.call("admin", "PUT", "/engine-rest/group/participants/members/" + user, null, Map.of()),
                204, user + " joining participants");
        return new Participant(user, nip, trains);
    }

    @AfterAll
    void stopTheCluster() throws Exception {
        for (AutoCloseable running : new AutoCloseable[] {locks, b, a, postgres}) {
            if (running != null) {
                running.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void jobsRunOnBothNodesEveryCaseFinishesAndEachEmailIsDeliveredOnce() throws Exception {
        Instant start = Instant.now();
        Map<String, Participant> cases = open(participants.subList(0, CASES));
        users.walk(cases, USERS, Duration.ofMinutes(4));
        records.awaitSettled(cases, Duration.ofMinutes(2));
        System.out.printf("Cluster: %d cases (%d training) closed and their emails sent in %d s%n", CASES, TRAINING,
                Duration.between(start, Instant.now()).toSeconds());

        Map<String, Integer> jobsByNode = records.jobsByNode(cases);
        System.out.println("Cluster: jobs run by node " + jobsByNode);
        assertThat(jobsByNode.keySet()).containsExactlyInAnyOrder("node-a", "node-b");
        assertThat(jobsByNode.values()).allMatch(jobs -> jobs > 0);
        records.assertFinishedOnceEach(cases);
    }

    @Test
    @Order(2)
    void aTasklistLoginOnOneNodeHoldsOnTheOtherWithItsCsrfToken() throws Exception {
        ClusterBrowser browser = new ClusterBrowser();
        assertThat(browser.call(a, "GET", "/camunda/app/tasklist/default/", null).status()).isEqualTo(200);
        Reply login = browser.call(a, "POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                "username=siti&password=demo");
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        String session = browser.cookie("JSESSIONID");
        String token = browser.cookie("XSRF-TOKEN");
        String engine = "/camunda/api/engine/engine/default";

        // what Tasklist asks at once after logging in, on both nodes: each finds the session and its token of the login
        var tasklist = Executors.newFixedThreadPool(6);
        try {
            List<Future<Reply>> atOnce = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ClusterNode node = i % 2 == 0 ? a : b;
                atOnce.add(tasklist.submit(() -> browser.call(node, "GET", engine + "/filter?resourceType=Task&maxResults=50", null)));
            }
            for (Future<Reply> reply : atOnce) {
                assertThat(reply.get().status()).as(reply.get().text()).isEqualTo(200);
            }
        } finally {
            tasklist.shutdown();
        }
        assertThat(browser.cookie("XSRF-TOKEN")).isEqualTo(token);

        // on B, the same session: siti, and Tasklist's API with the session's CSRF token
        Reply who = browser.call(b, "GET", "/camunda/api/admin/auth/user/default", null);
        assertThat(who.status()).isEqualTo(200);
        assertThat(who.body().get("userId").asText()).isEqualTo("siti");
        Reply filters = browser.call(b, "GET", engine + "/filter?resourceType=Task&maxResults=50", null);
        assertThat(filters.status()).as(filters.text()).isEqualTo(200);
        String queue = filters.body().findParents("name").stream().filter(f -> f.get("name").asText().equals("Antrean BKPSDM"))
                .findFirst().orElseThrow(() -> new AssertionError("no HR queue in " + filters.text())).get("id").asText();
        String list = engine + "/filter/" + queue + "/list?firstResult=0&maxResults=15";
        assertThat(browser.call(b, "POST", list, Map.of()).status()).isEqualTo(200);
        // back on A, the same token holds; and the report page on B, logged in through the webapp session
        assertThat(browser.call(a, "POST", list, Map.of()).status()).isEqualTo(200);
        assertThat(browser.call(b, "GET", "/laporan/instansi?nama=" + URLEncoder.encode(DemoData.AGENCY,
                StandardCharsets.UTF_8) + "&tahun=" + YEAR, null).status()).isEqualTo(200);
        assertThat(browser.cookie("JSESSIONID")).as("one session throughout").isEqualTo(session);

        // a change without the token is refused on B, and Camunda ends the session it came with: on A as well
        assertThat(browser.call(b, "POST", list, Map.of(), false).status()).as("without the token").isEqualTo(403);
        assertThat(a.call(null, "GET", engine + "/task/count", null, Map.of("Cookie", "JSESSIONID=" + session)).status())
                .isEqualTo(401);
    }

    @Test
    @Order(3)
    void aSignedTaskLinkMadeOnOneNodeOpensOnTheOther() throws Exception {
        Participant participant = participants.get(LINK_PARTICIPANT);
        Map<String, Participant> cases = open(List.of(participant));
        String caseNumber = cases.keySet().iterator().next();
        String link = records.taskLink(caseNumber, participant.user(), "Task_FillNeedsSurvey");
        String maker = records.ranStep(caseNumber, "Event_NotifyNeedsSurvey");
        ClusterNode other = maker.equals(a.name) ? b : a;
        String task = users.call(participant.user(), "GET", "/engine-rest/task?maxResults=1&processInstanceBusinessKey="
                + caseNumber, null).body().get(0).get("id").asText();

        Reply opened = other.call(null, "GET", link, null, Map.of());
        assertThat(opened.status()).as("made on %s, opened on %s", maker, other.name).isEqualTo(302);
        assertThat(opened.raw().headers().firstValue("Location").orElseThrow()).endsWith("#/?task=" + task);
        String forged = link.substring(0, link.length() - 1) + (link.endsWith("0") ? "1" : "0");
        assertThat(other.call(null, "GET", forged, null, Map.of()).status()).isEqualTo(404);
        users.walk(cases, 1, Duration.ofMinutes(2));
    }

    @Test
    @Order(4)
    void whenPostgresRestartsMidRunBothNodesServeAgainWithoutARestartAndNothingIsLostOrTwice() throws Exception {
        Instant start = Instant.now();
        Map<String, Participant> cases = open(participants.subList(RESTARTED_FROM, RESTARTED_FROM + CASES_WHEN_RESTARTED));
        ClusterBrowser tasklist = new ClusterBrowser();
        assertThat(tasklist.logIn(a, ClusterCases.SITI).status()).as("a Tasklist login before the restart").isEqualTo(200);
        var background = Executors.newSingleThreadExecutor();
        Future<?> walking = background.submit(() -> {
            users.walk(cases, USERS, Duration.ofMinutes(6));
            return null;
        });
        // mid-run: a third of the cases closed, the others at their steps, the nodes' jobs running
        ClusterRecords.waitFor(() -> records.closed(cases) >= CASES_WHEN_RESTARTED / 3 ? true : null, Duration.ofMinutes(3));
        int openWhenStopped = CASES_WHEN_RESTARTED - records.closed(cases);
        assertThat(openWhenStopped).as("cases still under way when the database goes").isPositive();

        DatabaseRestart restart = new DatabaseRestart(postgres, List.of(a, b));
        DatabaseRestart.Outage outage = restart.run(cases.keySet().iterator().next(), tasklist);
        records.outage(new ClusterRecords.Outage(outage.stopped(), outage.started()));
        Duration healthy = restart.awaitHealthy(Duration.ofMinutes(1));
        assertThat(a.alive() && b.alive()).as("both nodes the processes they were, not restarted").isTrue();

        // both serve again: a new login on each, the session of before on each, and the users' steps
        for (ClusterNode node : List.of(a, b)) {
            assertThat(new ClusterBrowser().logIn(node, ClusterCases.BUDI).status()).as("a login on " + node).isEqualTo(200);
            Reply who = tasklist.call(node, "GET", "/camunda/api/admin/auth/user/default", null);
            assertThat(who.status()).as("the session of before on " + node + ": " + who.text()).isEqualTo(200);
            assertThat(who.body().get("userId").asText()).isEqualTo(ClusterCases.SITI);
        }
        walking.get();
        background.shutdown();
        records.awaitSettled(cases, LOCK_TIME.plus(IDLE_POLL).plus(Duration.ofMinutes(2)));
        List<String> failedMeanwhile = records.failedDuringOutages();
        System.out.printf("Cluster: PostgreSQL stopped %d s into the run with %d of %d cases under way, down %d s;"
                        + " answers meanwhile %s; both nodes healthy %d s after its start; the users were answered 503"
                        + " %d times and tried again; %d job runs failed for the outage (retries kept); every case"
                        + " closed and every email sent %d s after the start%n",
                Duration.between(start, outage.stopped()).toSeconds(), openWhenStopped, CASES_WHEN_RESTARTED,
                Duration.between(outage.stopped(), outage.started()).toSeconds(), outage.answers().stream()
                        .map(answer -> answer.node() + " " + answer.what() + " " + answer.reply().status() + " in "
                                + answer.took().toMillis() + " ms").toList(),
                healthy.toSeconds(), users.unavailableAnswers(), failedMeanwhile.size(),
                Duration.between(outage.started(), Instant.now()).toSeconds());
        assertThat(users.unavailableAnswers()).as("the users met the outage").isPositive();
        // no incident, no step twice, every email once by Message-ID; the only failed job runs are the outage's
        records.assertFinishedOnceEach(cases);
    }

    @Test
    @Order(5)
    void whenANodeIsKilledTheOtherFinishesEverythingWithNothingLostOrTwice() throws Exception {
        Instant start = Instant.now();
        Map<String, Participant> cases = open(participants.subList(CASES, CASES + CASES_WHEN_KILLED));
        var background = Executors.newSingleThreadExecutor();
        Future<?> walking = background.submit(() -> {
            users.walk(cases, USERS, Duration.ofMinutes(5));
            return null;
        });
        // mid-run: a third of the cases closed, the others at their surveys or in training, the nodes' jobs running
        ClusterRecords.waitFor(() -> records.closed(cases) >= CASES_WHEN_KILLED / 3 ? true : null, Duration.ofMinutes(3));
        Kill kill = killHoldingJobs(b, Duration.ofMinutes(2));
        Instant killed = kill.at();
        users.leaveOut(b);
        String deadOwner = locks.ownerOf(b.name).orElseThrow();
        List<Lock> orphaned = locks.held().stream().filter(lock -> lock.owner().equals(deadOwner)).toList();
        assertThat(orphaned).as("jobs locked by node-b when it died").isNotEmpty();
        Instant lockedUntil = orphaned.stream().map(Lock::expires).max(Instant::compareTo).orElseThrow();
        assertThat(lockedUntil).as("locked for at most the lock time").isBeforeOrEqualTo(killed.plus(LOCK_TIME));

        walking.get();
        background.shutdown();
        records.awaitSettled(cases, LOCK_TIME.plus(IDLE_POLL).plus(Duration.ofMinutes(1)));
        Instant done = Instant.now();
        Map<String, List<JobLocks.Run>> runs = locks.runs(orphaned.stream().map(Lock::jobId).toList());
        System.out.printf("Cluster: killed node-b %d s into the run (stopped %d times to find it holding jobs), holding %d"
                        + " jobs locked until %d s after; node-a ran them %s s after the kill; every case closed and every"
                        + " email sent %d s after the kill%n",
                Duration.between(start, killed).toSeconds(), kill.stops(), orphaned.size(),
                Duration.between(killed, lockedUntil).toSeconds(), runs.values().stream().flatMap(List::stream)
                        .map(run -> String.valueOf(Duration.between(killed, run.at()).toSeconds())).sorted().toList(),
                Duration.between(killed, done).toSeconds());

        for (Lock lock : orphaned) {
            assertThat(runs.get(lock.jobId())).as("job %s of the dead node", lock.jobId()).singleElement().satisfies(run -> {
                assertThat(run.hostname()).isEqualTo(a.name);
                assertThat(run.at()).as("taken over once its lock expired").isAfterOrEqualTo(lock.expires())
                        .isBefore(lock.expires().plus(IDLE_POLL).plus(Duration.ofSeconds(30)));
            });
        }
        assertThat(done).as("everything finished within the lock time, the idle poll and a minute for the rest")
                .isBefore(killed.plus(LOCK_TIME).plus(IDLE_POLL).plus(Duration.ofMinutes(1)));
        records.assertFinishedOnceEach(cases);
    }

    /**
     * SIGKILL while the node holds jobs it has locked. It is stopped first (SIGSTOP) to look at what it holds, and
     * killed only if it holds jobs and is not between an SMTP server's acceptance of an email and the commit of its
     * delivery receipt: a node that dies in those milliseconds sends that email again, with the same Message-ID (the
     * README names this window); otherwise it goes on and is stopped again a moment later.
     */
    Kill killHoldingJobs(ClusterNode node, Duration bound) throws Exception {
        Instant deadline = Instant.now().plus(bound);
        int stops = 0;
        while (Instant.now().isBefore(deadline)) {
            Optional<String> owner = locks.ownerOf(node.name);
            if (owner.isPresent() && locks.held().stream().anyMatch(lock -> lock.owner().equals(owner.get()))) {
                node.pause();
                stops++;
                Thread.sleep(500); // what it had sent before it stopped has arrived
                Optional<String> held = locks.held().stream().map(Lock::owner).filter(owner.get()::equals).findAny();
                if (held.isPresent() && records.unreceipted().isEmpty()) {
                    node.kill();
                    return new Kill(Instant.now(), stops);
                }
                node.resume();
            }
            Thread.sleep(100);
        }
        throw new AssertionError(node + " held no job to die with within " + bound);
    }

    record Kill(Instant at, int stops) {}

    Map<String, Participant> open(List<Participant> who) throws Exception {
        Map<String, Participant> cases = new LinkedHashMap<>();
        for (Participant participant : who) {
            cases.put(users.open(participant, YEAR), participant);
        }
        return cases;
    }

    static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
