package id.kompeten.system;

import id.kompeten.security.HttpCalls.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.SoftAssertions;

/**
 * A restart of the cluster's PostgreSQL while the nodes work: stopped as an administrator stops it (pg_ctl's fast
 * shutdown), kept down for a while, started again on the same data and port. While it is down, each node is asked
 * what its users would ask (the case API, the engine's REST API, Tasklist with its session) and answers 503 with
 * Retry-After within the pool's connection timeout, not 500 and not a hang, and stays alive (its liveness probe):
 * nothing should restart it. Once the database is back, each node is healthy again by itself.
 */
final class DatabaseRestart {

    /** spring.datasource.hikari.connection-timeout (application.yaml): how long a request waits for a connection. */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(10);
    /** A busy machine's delay on top of it. */
    static final Duration SLACK = Duration.ofSeconds(20);
    /** Down for longer than a request waits, shorter than an email receipt's patience (notification.EmailReceipts). */
    static final Duration DOWN = Duration.ofSeconds(20);

    record Answer(String node, String what, Reply reply, Duration took) {}

    record Outage(Instant stopped, Instant started, List<Answer> answers) {}

    private final PostgresServer postgres;
    private final List<ClusterNode> nodes;

    DatabaseRestart(PostgresServer postgres, List<ClusterNode> nodes) {
        this.postgres = postgres;
        this.nodes = nodes;
    }

    /**
     * Stops the database, asks every node while it is down (as siti, about the case; with the Tasklist session of
     * the browser), checks the answers, and starts the database again.
     */
    Outage run(String caseNumber, ClusterBrowser tasklist) throws Exception {
        postgres.stop();
        Instant stopped = Instant.now();
        List<Answer> answers = new ArrayList<>();
        ExecutorService askers = Executors.newFixedThreadPool(4 * nodes.size());
        try {
            List<Future<Answer>> asked = new ArrayList<>();
            for (ClusterNode node : nodes) {
                asked.add(askers.submit(timed(node, "the case API", () -> node.call(ClusterCases.SITI, "GET",
                        "/api/cases/" + caseNumber, null, Map.of()))));
                asked.add(askers.submit(timed(node, "the engine's REST API", () -> node.call(ClusterCases.SITI, "GET",
                        "/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + caseNumber, null, Map.of()))));
                asked.add(askers.submit(timed(node, "Tasklist in its session", () -> tasklist.call(node, "GET",
                        "/camunda/api/admin/auth/user/default", null))));
                asked.add(askers.submit(timed(node, "liveness", () -> node.call(null, "GET",
                        "/actuator/health/liveness", null, Map.of()))));
            }
            for (Future<Answer> answer : asked) {
                answers.add(answer.get());
            }
        } finally {
            askers.shutdownNow();
        }
        Duration left = DOWN.minus(Duration.between(stopped, Instant.now()));
        if (!left.isNegative()) {
            Thread.sleep(left.toMillis());
        }
        postgres.restart();
        Instant started = Instant.now();

        // every answer checked, and every wrong one named, before the test goes on
        SoftAssertions answered = new SoftAssertions();
        for (Answer answer : answers) {
            String which = answer.node() + ", " + answer.what() + ": " + answer.reply().status() + " " + answer.reply().text();
            answered.assertThat(answer.took()).as("answered within the connection timeout and some slack: " + which)
                    .isLessThan(CONNECTION_TIMEOUT.plus(SLACK));
            if (answer.what().equals("liveness")) {
                answered.assertThat(answer.reply().status()).as("alive: " + which).isEqualTo(200);
                continue;
            }
            answered.assertThat(answer.reply().status()).as(which).isEqualTo(503);
            answered.assertThat(answer.reply().raw().headers().firstValue("Retry-After")).as(which).contains("10");
            answered.assertThat(answer.reply().text()).as("Indonesian first, then English: " + which)
                    .contains("basis data sedang tidak tersedia").contains("the database is not available");
        }
        answered.assertAll();
        return new Outage(stopped, started, answers);
    }

    /** Waits until each node reports itself healthy (/actuator/health UP, the database's check included). */
    Duration awaitHealthy(Duration bound) throws Exception {
        Instant start = Instant.now();
        for (ClusterNode node : nodes) {
            ClusterRecords.waitFor(() -> {
                try {
                    Reply health = node.call(null, "GET", "/actuator/health", null, Map.of());
                    return health.status() == 200 && health.text().contains("\"UP\"") ? true : null;
                } catch (Exception notYet) {
                    return null;
                }
            }, bound);
        }
        return Duration.between(start, Instant.now());
    }

    private static Callable<Answer> timed(ClusterNode node, String what, Callable<Reply> call) {
        return () -> {
            Instant start = Instant.now();
            Reply reply = call.call();
            return new Answer(node.name, what, reply, Duration.between(start, Instant.now()));
        };
    }
}
