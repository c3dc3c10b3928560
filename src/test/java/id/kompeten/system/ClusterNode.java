package id.kompeten.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.security.HttpCalls.Reply;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * One Kompeten node: the built jar ({@code java -jar target/kompeten-….jar}) in a process of its own, as in
 * production, its output in {@code target/cluster/<name>.log}; HTTP calls to it as a user (HTTP Basic) or as a
 * browser (the cookies and headers given).
 */
final class ClusterNode implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final String name;
    final int port;
    final Path log;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private ClusterNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts {@code java [jvmOptions] -jar jar [arguments]} with the environment given, in a folder of its own. */
    static ClusterNode start(String name, Path jar, int port, List<String> jvmOptions, List<String> arguments,
                             Map<String, String> environment) throws IOException {
        return launch(name, List.of("-jar", jar.toAbsolutePath().toString()), port, jvmOptions, arguments, environment);
    }

    /**
     * Starts {@code java [jvmOptions] [what] [arguments]}, what being {@code -jar <jar>} or {@code -cp <path> <main
     * class>} (the benchmark's node, CaseBenchmark's classpath).
     */
    static ClusterNode launch(String name, List<String> what, int port, List<String> jvmOptions, List<String> arguments,
                              Map<String, String> environment) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "cluster", name).toAbsolutePath());
        Path log = folder.resolveSibling(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(what);
        command.add("--server.port=" + port);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        ClusterNode node = new ClusterNode(name, port, log, builder.start());
        // a test JVM that dies leaves no node behind
        Runtime.getRuntime().addShutdownHook(new Thread(node.process::destroyForcibly));
        return node;
    }

    /** Waits until the node answers ready (/actuator/health/readiness), or fails with the end of its log. */
    Duration awaitReady(Duration bound) throws Exception {
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(bound) < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (call(null, "GET", "/actuator/health/readiness", null, Map.of()).status() == 200) {
                    return Duration.between(start, Instant.now());
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + bound + ":\n" + logTail());
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** SIGSTOP: the node stands still where it is, holding what it holds (its locks, its open connections). */
    void pause() throws Exception {
        signal("STOP");
    }

    /** SIGCONT: it goes on. */
    void resume() throws Exception {
        signal("CONT");
    }

    private void signal(String signal) throws Exception {
        int exit = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill -" + signal + " " + process.pid() + " gave " + exit);
        }
    }

    /** SIGKILL (Process.destroyForcibly on Linux): no shutdown, no commit, no cleanup. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, Spring Boot's graceful shutdown; SIGKILL if that takes too long. */
    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** A call as a user with the demo password (HTTP Basic), or without one (user null) with the headers given. */
    Reply call(String user, String method, String path, Object body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, publisher).timeout(Duration.ofMinutes(2));
        if (!headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode parsed = null;
        try {
            parsed = response.body().isBlank() ? null : JSON.readTree(response.body());
        } catch (IOException notJson) {
            // a page or plain text
        }
        return new Reply(response.statusCode(), parsed, response.body(), response);
    }

    @Override
    public String toString() {
        return name + " (port " + port + ", pid " + process.pid() + ")";
    }
}
