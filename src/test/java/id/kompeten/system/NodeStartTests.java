package id.kompeten.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A node started as the Docker image starts it (Dockerfile; README, "Start faster"): the built jar extracted, a
 * training run that leaves a class data sharing archive, then the node with that archive. The node must map its
 * classes from the archive ({@code -Xshare:on}: a JVM that cannot map it refuses to start, rather than start without
 * it unnoticed), and serve as a node does. Runs after {@code package} with ClusterTests (pom.xml, execution
 * "cluster"), as it needs the jar.
 */
class NodeStartTests {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void theExtractedJarStartsWithItsClassDataSharingArchive() throws Exception {
        Path jar = Path.of(System.getProperty("kompeten.test.jar", "target/kompeten-0.1.0-SNAPSHOT.jar"));
        Path folder = Files.createDirectories(Path.of("target", "node-start").toAbsolutePath());
        Path app = folder.resolve("app");
        run(folder, "extract", List.of(JAVA, "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract",
                "--force", "--destination", app.toString()));
        Path appJar = app.resolve(jar.getFileName());
        assertThat(appJar).exists();
        assertThat(app.resolve("lib")).isDirectoryContaining("glob:**/camunda-engine-*.jar");

        // the Dockerfile's training run: the demo's H2 in a folder of its own, stopped once the context is ready
        Path archive = folder.resolve("kompeten.jsa");
        Files.deleteIfExists(archive);
        String database = "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db").resolve("kompeten");
        run(folder, "training", List.of(JAVA, "-XX:+UseSerialGC", "-Xmx512m", "-XX:ArchiveClassesAtExit=" + archive,
                "-Xlog:cds=off", "-Dspring.context.exit=onRefresh", "-jar", appJar.toString(),
                "--spring.profiles.active=demo", database));
        assertThat(archive).exists();
        assertThat(Files.size(archive)).as("archive bytes").isGreaterThan(10L << 20);

        Path classLoads = folder.resolve("class-loads.log");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (ClusterNode node = ClusterNode.start("cds-node", appJar, port, List.of("-XX:+UseSerialGC", "-Xmx512m",
                "-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info:file=" + classLoads),
                List.of("--spring.profiles.active=demo", database, "--kompeten.demo.finished-year=false"), Map.of())) {
            node.awaitReady(Duration.ofMinutes(3));
            assertThat(node.call(null, "GET", "/camunda/app/tasklist/default/", null, Map.of("Accept", "text/html"))
                    .status()).isEqualTo(200);
            assertThat(node.call("siti", "GET", "/engine-rest/task/count", null, Map.of()).status()).isEqualTo(200);
        }
        // the application's own classes and its libraries' came from the archive's dynamic (top) layer
        List<String> loads = Files.readAllLines(classLoads, StandardCharsets.UTF_8);
        assertThat(loads).anyMatch(line -> line.contains("id.kompeten.KompetenApplication source: shared objects"
                + " file (top)"));
        assertThat(loads.stream().filter(line -> line.contains("org.camunda.bpm.engine")
                && line.contains("shared objects file (top)")).count()).as("Camunda classes from the archive")
                .isGreaterThan(1000);
    }

    private static void run(Path folder, String name, List<String> command) throws Exception {
        Path log = folder.resolve(name + ".log");
        Process process = new ProcessBuilder(new ArrayList<>(command)).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " did not end within 5 minutes: " + log);
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(name + " exit code; its log ends:\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()))).isZero();
    }
}
