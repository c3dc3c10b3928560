package id.kompeten.system;

import id.kompeten.KompetenApplication;
import id.kompeten.system.ClusterCases.Participant;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The memory of a node as it runs (issue 13, item 8): the application in a JVM of its own with the benchmark's JVM
 * options (the README's for a node) and the class data sharing archive, on the H2 database of CaseBenchmark's
 * start-ups, its users driving {@code -Dkompeten.benchmark.node-cases=1000} whole cases over HTTP (ClusterCases:
 * siti opens them and schedules, each participant answers their surveys, budi assesses and interviews; every case
 * trains and closes in one round). Its resident memory is printed after the start, after the load and after a full
 * collection (jcmd GC.run). The in-process benchmark's JVM holds both shapes' cases, the harness and its records
 * too; this is the node alone.
 */
final class NodeLoad {

    /** Seats of a benchmark session: a case takes one in the session of its participant's number / SEATS. */
    private static final int SEATS = 100;
    private static final int CHUNK = 100;

    private NodeLoad() {
    }

    /** On the start-ups' database (the node stopped), then a node on it; prints what it took and its memory. */
    static void run(Path folder, List<String> classpath, Path archive) throws Exception {
        int count = Integer.getInteger("kompeten.benchmark.node-cases", 1000);
        int users = Integer.getInteger("kompeten.benchmark.node-users", 4);
        if (count <= 0) {
            return;
        }
        List<Participant> participants = new ArrayList<>();
        Map<String, Long> sessionOf = new HashMap<>();
        seed(folder, count, participants, sessionOf);
        List<String> options = new ArrayList<>(CaseBenchmark.jvmOptions());
        options.add("-XX:SharedArchiveFile=" + archive);
        int port = ClusterTests.freePort();
        long began = System.nanoTime();
        try (ClusterNode node = ClusterNode.launch("benchmark-node", List.of("-cp", String.join(java.io.File.pathSeparator,
                classpath), KompetenApplication.class.getName()), port, options, List.of("--spring.profiles.active=demo",
                "--spring.datasource.url=" + url(folder),
                // no SMTP server: each email would log that it was not sent, which a node that sends them does not
                "--logging.level.id.kompeten.notification.EmailDelivery=WARN",
                // the on-the-job period passes at once; no reminder falls due during the load
                "--kompeten.timers.on-the-job-period=PT1S", "--kompeten.reminders.reminder-after=P1D",
                "--kompeten.reminders.escalation-after=P2D"), Map.of())) {
            node.awaitReady(Duration.ofMinutes(3));
            System.out.printf("%nBENCHMARK node: ready %.1f s after the command (the archive, the start-ups'"
                    + " database); %s%n", (System.nanoTime() - began) / 1e9, CaseBenchmark.Memory.of(node.pid()));
            ClusterCases driver = new ClusterCases(List.of(node), participant -> sessionOf.get(participant.user()));
            long load = System.nanoTime();
            for (int from = 0; from < count; from += CHUNK) {
                Map<String, Participant> cases = new LinkedHashMap<>();
                for (Participant participant : participants.subList(from, Math.min(count, from + CHUNK))) {
                    cases.put(driver.open(participant, Year.now().getValue()), participant);
                }
                driver.walk(cases, users, Duration.ofMinutes(20));
            }
            double seconds = (System.nanoTime() - load) / 1e9;
            System.out.printf("BENCHMARK node: %,d cases opened and closed over HTTP by %d users at once in %.0f s"
                    + " (%.2f cases/s, the users' HTTP client and its waits for the jobs included); %s%n", count, users,
                    seconds, count / seconds, CaseBenchmark.Memory.of(node.pid()));
            // what the collector took of the load (jstat: young and full collections, their seconds)
            System.out.println("BENCHMARK node: garbage collection so far, " + String.join(" ",
                    CaseBenchmark.tool("jstat", List.of("-gcutil", String.valueOf(node.pid())))).replaceAll("\\s+", " ").strip());
            jcmd(node, "GC.run");
            Thread.sleep(1000);
            System.out.printf("BENCHMARK node: then, after a full collection: %s%n", CaseBenchmark.Memory.of(node.pid()));
            for (String line : jcmd(node, "GC.heap_info")) {
                System.out.println("BENCHMARK node heap " + line);
            }
            if (Boolean.getBoolean("kompeten.benchmark.histogram")) {
                jcmd(node, "GC.class_histogram").stream().limit(40)
                        .forEach(line -> System.out.println("BENCHMARK node histogram " + line));
            }
            if (Boolean.getBoolean("kompeten.benchmark.nmt")) {
                jcmd(node, "VM.native_memory", "summary").stream().limit(200)
                        .forEach(line -> System.out.println("BENCHMARK node native " + line));
            }
        }
    }

    private static String url(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("kompeten") + CaseBenchmark.H2_OPTIONS;
    }

    /**
     * Staff of andi's position and unit under budi, each with a login (andi's password, demo), and sessions of
     * KOM-01 (the course of their need) that ended yesterday, with no cost; written straight into the stopped
     * node's database, as no API makes employees.
     */
    private static void seed(Path folder, int count, List<Participant> participants, Map<String, Long> sessionOf) {
        SingleConnectionDataSource database = new SingleConnectionDataSource(url(folder), "sa", "", true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(database);
            // after an earlier load on this database, new participants (one case a year each)
            int offset = jdbc.queryForObject("select count(*) from employee where name like 'Pegawai Simpul %'",
                    Integer.class);
            List<Long> sessions = BenchmarkData.pastSessions(jdbc, "KOM-01", (count - 1) / SEATS + 1, SEATS, null,
                    "Aula Simpul");
            List<Object[]> logins = new ArrayList<>();
            List<Object[]> members = new ArrayList<>();
            for (String[] employee : BenchmarkData.staff(jdbc, LocalDate.of(1960, 1, 1), "Simpul", "simpul%04d",
                    offset, count)) {
                String user = employee[1];
                logins.add(new Object[] {user, "Simpul " + user.substring("simpul".length()), user + "@kompeten.example"});
                members.add(new Object[] {user});
                participants.add(new Participant(user, employee[0], true));
                sessionOf.put(user, sessions.get((participants.size() - 1) / SEATS));
            }
            jdbc.batchUpdate("insert into ACT_ID_USER (ID_, REV_, FIRST_, LAST_, EMAIL_, PWD_, SALT_, ATTEMPTS_)"
                    + " select ?, 1, 'Pegawai', ?, ?, PWD_, SALT_, 0 from ACT_ID_USER where ID_ = 'andi'", logins);
            jdbc.batchUpdate("insert into ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_) values (?, 'participants')", members);
        } finally {
            database.destroy(); // the last connection: H2 closes the database, and the node can open it
        }
    }

    private static List<String> jcmd(ClusterNode node, String... command) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(command));
        arguments.add(0, String.valueOf(node.pid()));
        return CaseBenchmark.tool("jcmd", arguments);
    }
}
