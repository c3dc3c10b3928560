package id.kompeten.system;

import id.kompeten.KompetenApplication;
import id.kompeten.process.CaseProcess;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark, not a test (run with {@code ./mvnw -Pbenchmark test -Dtest='*CaseBenchmark'}; issue 13): whole cases
 * driven in-process (CaseLoad) at 1, 4 and 16 workers, on H2 (a file database, as the demo's) and on PostgreSQL
 * (the embedded server the build fetches), each against the bare shape of the same BPMN made at run time
 * (BareShape: same elements, flows and asynchronous continuations; no-op delegates, no listeners, no forms).
 * Prints, per database: the application's start-up and its resident memory after start and after the load (on
 * H2 also a node's own, in a JVM of its own, after {@code -Dkompeten.benchmark.node-cases=1000} cases over HTTP:
 * NodeLoad);
 * per worker count, cases/s and time per case of each shape and their ratio; p50/p95 of every step; rows written
 * per case in every history table and ours. Emails are composed and recorded, not sent (no SMTP server, as in
 * the demo). Asserts nothing about time: these machines are shared.
 * <p>
 * Each database in a JVM of its own (H2CaseBenchmark, PostgresCaseBenchmark; the benchmark profile forks one per
 * class), so neither runs in what the other left in the heap. {@code -Dkompeten.benchmark.cases=100,300,600}
 * (cases per shape at 1, 4 and 16 workers), {@code -Dkompeten.benchmark.warm-up=30} (cases of each shape in a round
 * of warm-up, each round followed by a pause until the JIT compiler is idle, repeated until it takes less than a
 * tenth of a round's time, at most {@code -Dkompeten.benchmark.warm-up-rounds=4} rounds),
 * {@code -Dkompeten.benchmark.rounds=4} (at each worker count the shapes take turns, a quarter of the count at a
 * time, so the machine's other work and the JIT compiler weigh on both alike),
 * {@code -Dkompeten.benchmark.histogram=true} (the heap's largest classes after the load, by jcmd),
 * {@code -Dkompeten.benchmark.nmt=true} (the JVM's native memory after the load, by jcmd;
 * with {@code -XX:NativeMemoryTracking=summary} in kompeten.benchmark.jvm).
 */
abstract class CaseBenchmark {

    static final int[] WORKERS = {1, 4, 16};

    /** The options of the application's own H2 URL (application.yaml), for the benchmark's H2 databases. */
    static final String H2_OPTIONS = h2Options();

    private static String h2Options() {
        try (var yaml = CaseBenchmark.class.getResourceAsStream("/application.yaml")) {
            String url = new String(yaml.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> line.startsWith("url: jdbc:h2:file:")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no H2 URL in application.yaml"));
            return url.substring(url.indexOf(';'));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int failed;

    /** Whole cases on the database, against the bare shape; first the start-ups of the application, if asked. */
    void wholeCasesAgainstTheBareShape(String database, boolean startUps) throws Exception {
        int[] counts = Arrays.stream(System.getProperty("kompeten.benchmark.cases", "100,300,600").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int warmUp = Integer.getInteger("kompeten.benchmark.warm-up", 30);
        int rounds = Math.max(1, Integer.getInteger("kompeten.benchmark.rounds", 4));
        // -Dkompeten.benchmark.start-ups=false leaves them out (a run about the load alone)
        if (startUps && !"false".equals(System.getProperty("kompeten.benchmark.start-ups"))) {
            startUps();
        }
        List<String> summary = new ArrayList<>();
        summary.add("| database | workers | cases | Kompeten cases/s | bare cases/s | time per case, Kompeten / bare"
                + " | CPU ms per case, Kompeten / bare (JVM; workers) | submit-form p50/p95 ms (bare complete)"
                + " | failed | retried steps |");
        summary.add("|---|---|---|---|---|---|---|---|---|---|");
        bench(database, counts, warmUp, rounds, summary);
        System.out.println("\nBENCHMARK summary (cases/s over the wall time of each run)");
        summary.forEach(System.out::println);
        // figures of a run in which cases failed would flatter it: such a run is no benchmark
        org.assertj.core.api.Assertions.assertThat(failed).as("cases that failed (their errors are printed above)")
                .isZero();
    }

    /**
     * The application started as a node runs it (the demo profile, its own JVM with the benchmark's JVM options,
     * its classes in a jar beside the jars of its runtime classpath): once on an empty H2 database (schemas, demo
     * users and the demo's year made), then restarts on that database, without and with a class data sharing
     * archive (README, "Start faster"): the archive is made by a training run that stops once the application's
     * context is ready ({@code -XX:ArchiveClassesAtExit}, {@code -Dspring.context.exit=onRefresh}). Each restart
     * twice, alternating, as the machine's noise moves. Prints the time to Spring's "Started" line and the resident
     * memory then. Last, a node with the archive on that database under a load of its own (NodeLoad).
     */
    private static void startUps() throws Exception {
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target", "benchmark")), "start-");
        List<String> classpath = applicationClasspath(folder);
        Path archive = folder.toAbsolutePath().resolve("kompeten.jsa");
        startUp(folder, classpath, "first start, empty database", List.of());
        for (int round = 1; round <= 2; round++) {
            startUp(folder, classpath, "restart on that database", List.of());
            if (round == 1) {
                long began = System.nanoTime();
                Process training = application(folder, classpath, List.of("-XX:ArchiveClassesAtExit=" + archive,
                        "-Xlog:cds=off", "-Dspring.context.exit=onRefresh")).start();
                Path log = folder.resolve("training.log");
                try (var out = Files.newOutputStream(log)) {
                    training.getInputStream().transferTo(out);
                }
                if (training.waitFor() != 0 || !Files.exists(archive)) {
                    throw new IllegalStateException("the training run made no class data sharing archive: " + log);
                }
                System.out.printf("%nBENCHMARK class data sharing archive made by a training run in %.1f s (%,d MB)%n",
                        (System.nanoTime() - began) / 1e9, Files.size(archive) >> 20);
            }
            startUp(folder, classpath, "restart with the class data sharing archive",
                    List.of("-XX:SharedArchiveFile=" + archive));
        }
        NodeLoad.run(folder, classpath, archive);
    }

    private static void startUp(Path folder, List<String> classpath, String start, List<String> options)
            throws Exception {
        long began = System.nanoTime();
        Process process = application(folder, classpath, options).start();
        String started = null;
        boolean migrated = false;
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                // Flyway found our migrations: the application is whole, not a shell that started without them
                migrated |= line.matches(".*Successfully validated [1-9][0-9]* migrations.*");
                if (line.contains("Started KompetenApplication in")) {
                    started = line.substring(line.indexOf("Started KompetenApplication in"));
                    break;
                }
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            System.out.printf("%nBENCHMARK start-up (%s): %.1f s from the command to \"%s\"; %s%n", start,
                    seconds, started, Memory.of(process.pid()));
        } finally {
            process.destroy(); // SIGTERM: a graceful shutdown, as a user's Ctrl-C
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (started == null || !migrated) {
            throw new IllegalStateException("the application did not start with its migrations in " + folder);
        }
    }

    private static ProcessBuilder application(Path folder, List<String> classpath, List<String> options) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions());
        command.addAll(options);
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, classpath),
                KompetenApplication.class.getName(), "--spring.profiles.active=demo", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + folder.toAbsolutePath().resolve("kompeten")
                        + H2_OPTIONS));
        return new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
    }

    /** The JVM options of the benchmark's JVM (-Dkompeten.benchmark.jvm), for the application it starts. */
    static List<String> jvmOptions() {
        return Arrays.stream(System.getProperty("kompeten.benchmark.jvm", "").split("\\s+"))
                .filter(o -> !o.isBlank()).toList();
    }

    /**
     * target/classes as a jar of its own, then the runtime classpath the benchmark profile wrote (no test classes,
     * no test-scoped libraries): what the built jar holds.
     */
    static List<String> applicationClasspath(Path folder) throws java.io.IOException {
        Path written = Path.of("target", "benchmark-runtime-classpath.txt");
        if (!Files.exists(written)) {
            throw new IllegalStateException(written + " is missing: run the benchmarks with -Pbenchmark");
        }
        Path classes = Path.of("target", "classes");
        Path jar = folder.resolve("kompeten.jar");
        // with an entry for each folder too, as the build's jar has: without them the class loader finds no
        // folder in the jar, and so neither component scanning nor Flyway finds what is in it
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar)); var files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> !f.equals(classes)).sorted()::iterator) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                boolean directory = Files.isDirectory(file);
                out.putNextEntry(new java.util.jar.JarEntry(directory ? name + "/" : name));
                if (!directory) {
                    Files.copy(file, out);
                }
                out.closeEntry();
            }
        }
        List<String> classpath = new ArrayList<>(List.of(jar.toAbsolutePath().toString()));
        Arrays.stream(Files.readString(written).trim().split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank()).forEach(classpath::add);
        return classpath;
    }

    private void bench(String database, int[] counts, int warmUp, int rounds, List<String> summary) throws Exception {
        Map<String, Object> properties = new HashMap<>();
        PostgresServer postgres = null;
        String[] profiles;
        if (database.equals("postgres")) {
            postgres = PostgresServer.start();
            profiles = new String[] {"test", "postgres"};
            properties.put("KOMPETEN_DB_URL", postgres.jdbcUrl());
            properties.put("KOMPETEN_DB_USER", "kompeten");
            properties.put("KOMPETEN_DB_PASSWORD", "");
            properties.put("kompeten.demo.allow-on-postgres", "true");
        } else {
            Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target", "benchmark")), "h2-");
            profiles = new String[] {"test"};
            properties.put("spring.datasource.url", "jdbc:h2:file:" + folder.toAbsolutePath().resolve("kompeten")
                    + H2_OPTIONS);
        }
        // no SMTP server: each email would log that it was not sent, which a node that sends them does not
        properties.put("logging.level.id.kompeten.notification.EmailDelivery", "WARN");
        long jvmUp = ManagementFactory.getRuntimeMXBean().getUptime();
        long start = System.nanoTime();
        StatementCounter counter = new StatementCounter();
        // as arguments: a builder's properties are only defaults, below application-test.yaml's in-memory H2
        String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(KompetenApplication.class)
                .profiles(profiles).initializers(c -> c.getBeanFactory().addBeanPostProcessor(counter))
                .run(arguments);
        System.out.printf("%nBENCHMARK %s: start-up %.1f s (empty database: schemas and demo data made; the JVM had"
                + " run %.1f s before), after start %s%nBENCHMARK %s: database %s%n", database,
                (System.nanoTime() - start) / 1e9, jvmUp / 1e3, Memory.now(), database, databaseUrl(context));
        int total = 0;
        try {
            int warmUpRounds = Math.max(1, Integer.getInteger("kompeten.benchmark.warm-up-rounds", 4));
            // each case of either shape its own employee, and the statement listing's two
            int employees = 2 * (warmUp * warmUpRounds + Arrays.stream(counts).sum()) + 2;
            CaseLoad load = new CaseLoad(context, employees, counter);
            // the JIT and the caches warm up on both shapes before anything is measured. Under load on two cores
            // the compiler's threads get little of the CPU, and what it has still to compile runs in its slower
            // tiers meanwhile (Kompeten runs more code than the bare shape, so more of it). So rounds of warm-up,
            // each followed by a pause until the compiler is idle, until it takes less than a tenth of a round's
            // time, or -Dkompeten.benchmark.warm-up-rounds of them
            for (int round = 1; round <= warmUpRounds; round++) {
                long jit = JvmTime.compiling();
                long began = System.nanoTime();
                load.run(CaseProcess.PROCESS_ID, 4, warmUp);
                load.run(BareShape.KEY, 4, warmUp);
                total += warmUp;
                double share = (JvmTime.compiling() - jit) / ((System.nanoTime() - began) / 1e6);
                long paused = JvmTime.untilCompilerIdle();
                System.out.printf("BENCHMARK %s: warm-up round %d, %d cases of each shape: the JIT compiler took"
                        + " %.0f%% of the round's time, then %,d ms of pause until it was idle%n", database, round,
                        warmUp, 100 * share, paused);
                if (share < 0.1) {
                    break;
                }
            }
            if (Boolean.getBoolean("kompeten.benchmark.sql")) {
                statementsOfOneCase(load, counter);
            }
            for (int level = 0; level < WORKERS.length; level++) {
                int workers = WORKERS[level];
                // the shapes take turns, a part of the count at a time, the first of each pair alternating: the
                // machine's other work and the JIT compiler still at work weigh on both alike
                Map<String, Turns> turns = Map.of(BareShape.KEY, new Turns(), CaseProcess.PROCESS_ID, new Turns());
                for (int round = 0; round < rounds; round++) {
                    int part = counts[level] / rounds + (round < counts[level] % rounds ? 1 : 0);
                    for (String shape : round % 2 == 0 ? List.of(BareShape.KEY, CaseProcess.PROCESS_ID)
                            : List.of(CaseProcess.PROCESS_ID, BareShape.KEY)) {
                        long[] gc = JvmTime.now();
                        long jit = JvmTime.compiling();
                        CaseLoad.Run run = load.run(shape, workers, part);
                        turns.get(shape).add(run, JvmTime.since(gc), JvmTime.compiling() - jit);
                    }
                }
                Turns bareTurns = turns.get(BareShape.KEY);
                Turns kompetenTurns = turns.get(CaseProcess.PROCESS_ID);
                CaseLoad.Run bare = bareTurns.run;
                CaseLoad.Run kompeten = kompetenTurns.run;
                total += counts[level];
                failed += kompeten.failed() + bare.failed();
                print(database, bare, kompeten);
                // what the collector took of each run: the recommended heap options are weighed by it
                System.out.printf("BENCHMARK %s, %d workers: garbage collection during the run, Kompeten %d"
                        + " collections, %,d ms; bare %d collections, %,d ms%n", database, workers,
                        kompetenTurns.gc[0], kompetenTurns.gc[1], bareTurns.gc[0], bareTurns.gc[1]);
                // the JIT compiler's threads: still compiling means the JVM has not yet settled (see warm-up)
                System.out.printf("BENCHMARK %s, %d workers: JIT compilation during the run, Kompeten %,d ms; bare"
                        + " %,d ms%n", database, workers, kompetenTurns.jit, bareTurns.jit);
                summary.add(String.format("| %s | %d | %d | %.2f | %.2f | %.2f× | %s | %s (%s) | %d | %d |", database,
                        workers, kompeten.cases(), kompeten.casesPerSecond(), bare.casesPerSecond(),
                        bare.casesPerSecond() / kompeten.casesPerSecond(), cpu(kompeten, bare),
                        percentiles(kompeten, "submit-form: "), percentiles(bare, "complete: "),
                        kompeten.failed() + bare.failed(), kompeten.retries() + bare.retries()));
            }
            System.out.printf("BENCHMARK %s: after %,d Kompeten and %,d bare cases: %s%n", database,
                    total, total, Memory.now());
            // what of the heap is alive, not garbage the serial collector has not yet had to collect
            System.gc();
            System.out.printf("BENCHMARK %s: then, after a full collection: %s%n", database, Memory.now());
            if (Boolean.getBoolean("kompeten.benchmark.histogram")) {
                jcmd("heap", 30, "GC.class_histogram");
            }
            // where the memory beside the heap goes (the JVM needs -XX:NativeMemoryTracking=summary)
            if (Boolean.getBoolean("kompeten.benchmark.nmt")) {
                jcmd("native", 200, "VM.native_memory", "summary");
            }
        } finally {
            context.close();
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    /** Prints the first lines of what jcmd says about this JVM. */
    private static void jcmd(String label, int lines, String... command) throws java.io.IOException {
        List<String> arguments = new ArrayList<>(List.of(String.valueOf(ProcessHandle.current().pid())));
        arguments.addAll(List.of(command));
        tool("jcmd", arguments).stream().limit(lines)
                .forEach(line -> System.out.println("BENCHMARK " + label + " " + line));
    }

    private static String databaseUrl(ConfigurableApplicationContext context) throws java.sql.SQLException {
        try (var connection = context.getBean(javax.sql.DataSource.class).getConnection()) {
            return connection.getMetaData().getURL();
        }
    }

    /** A shape's turns at one worker count: its runs as one, and what the collector and the compiler took. */
    private static final class Turns {
        CaseLoad.Run run;
        long[] gc = {0, 0};
        long jit;

        void add(CaseLoad.Run turn, long[] gcOfTurn, long jitOfTurn) {
            run = run == null ? turn : run.and(turn);
            gc = new long[] {gc[0] + gcOfTurn[0], gc[1] + gcOfTurn[1]};
            jit += jitOfTurn;
        }
    }

    /** Which statements one case of each shape runs, and how often (-Dkompeten.benchmark.sql=true). */
    private static void statementsOfOneCase(CaseLoad load, StatementCounter counter) throws Exception {
        for (String shape : List.of(CaseProcess.PROCESS_ID, BareShape.KEY)) {
            counter.bySql.clear();
            load.run(shape, 1, 1);
            System.out.printf("%nBENCHMARK statements of one case of %s:%n", shape);
            counter.bySql.entrySet().stream()
                    .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                    .forEach(e -> System.out.printf("%5d  %s%n", e.getValue().sum(),
                            e.getKey().length() > 160 ? e.getKey().substring(0, 160) : e.getKey()));
        }
    }

    private static void print(String database, CaseLoad.Run bare, CaseLoad.Run kompeten) {
        System.out.printf("%nBENCHMARK %s, %d workers, %d cases each: Kompeten %.2f cases/s, bare %.2f cases/s;"
                + " time per case %.0f / %.0f ms (mean), %.2f×%n", database, kompeten.workers(), kompeten.cases(),
                kompeten.casesPerSecond(), bare.casesPerSecond(), mean(kompeten.caseNanos()), mean(bare.caseNanos()),
                bare.casesPerSecond() / kompeten.casesPerSecond());
        System.out.printf("BENCHMARK %s, %d workers: CPU per case, Kompeten / bare: %s%n", database,
                kompeten.workers(), cpu(kompeten, bare));
        System.out.println("| step | Kompeten p50/p95 ms | bare p50/p95 ms |");
        System.out.println("|---|---|---|");
        TreeSet<String> steps = new TreeSet<>(kompeten.stepNanos().keySet());
        bare.stepNanos().keySet().stream().map(s -> s.replace("complete: ", "submit-form: ")).forEach(steps::add);
        for (String step : steps) {
            String bareStep = step.replace("submit-form: ", "complete: ");
            System.out.printf("| %s | %s | %s |%n", step, percentiles(kompeten.stepNanos().get(step)),
                    percentiles(bare.stepNanos().get(bareStep)));
        }
        System.out.println("| per case | Kompeten | bare |");
        System.out.println("|---|---|---|");
        System.out.printf("| SQL statements | %.1f | %.1f |%n", kompeten.statementsPerCase(),
                bare.statementsPerCase());
        for (String table : CaseLoad.TABLES) {
            System.out.printf("| rows in %s | %.1f | %.1f |%n", table, kompeten.rowsPerCase().get(table),
                    bare.rowsPerCase().get(table));
        }
        if (kompeten.failed() + bare.failed() > 0) {
            System.out.printf("BENCHMARK failed cases: Kompeten %d, bare %d%n", kompeten.failed(), bare.failed());
        }
    }

    /** "JVM 61.2 / 30.4 ms, 2.01×; workers 50.3 / 24.9 ms, 2.02×": CPU time per case of each shape. */
    private static String cpu(CaseLoad.Run kompeten, CaseLoad.Run bare) {
        return String.format("JVM %.1f / %.1f ms, %.2f×; workers %.1f / %.1f ms, %.2f×",
                kompeten.processCpuMsPerCase(), bare.processCpuMsPerCase(),
                kompeten.processCpuMsPerCase() / bare.processCpuMsPerCase(), kompeten.workerCpuMsPerCase(),
                bare.workerCpuMsPerCase(), kompeten.workerCpuMsPerCase() / bare.workerCpuMsPerCase());
    }

    /** p50/p95 of all steps starting with the prefix (the user tasks), in ms. */
    private static String percentiles(CaseLoad.Run run, String prefix) {
        List<Long> all = new ArrayList<>();
        run.stepNanos().forEach((step, nanos) -> {
            if (step.startsWith(prefix)) {
                all.addAll(nanos);
            }
        });
        return percentiles(all);
    }

    private static String percentiles(List<Long> nanos) {
        if (nanos == null || nanos.isEmpty()) {
            return "–";
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("%.1f/%.1f", sorted[(sorted.length - 1) / 2] / 1e6,
                sorted[Math.max(0, (int) Math.ceil(sorted.length * 0.95) - 1)] / 1e6);
    }

    private static double mean(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
    }

    /** What this JVM spent so far beside the load: garbage collections (count, ms, all collectors), JIT compiling. */
    static final class JvmTime {
        static long[] now() {
            long count = 0;
            long millis = 0;
            for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                count += Math.max(0, collector.getCollectionCount());
                millis += Math.max(0, collector.getCollectionTime());
            }
            return new long[] {count, millis};
        }

        static long[] since(long[] before) {
            long[] after = now();
            return new long[] {after[0] - before[0], after[1] - before[1]};
        }

        /** Waits until the JIT compiler has taken under 20 ms of the last second (at most 2 minutes); the ms waited. */
        static long untilCompilerIdle() throws InterruptedException {
            long began = System.nanoTime();
            long last = compiling();
            while (System.nanoTime() - began < 120_000_000_000L) {
                Thread.sleep(1000);
                long now = compiling();
                if (now - last < 20) {
                    break;
                }
                last = now;
            }
            return (System.nanoTime() - began) / 1_000_000;
        }

        /** The JIT compiler's time so far, in ms (its threads', summed). */
        static long compiling() {
            var compiler = ManagementFactory.getCompilationMXBean();
            return compiler != null && compiler.isCompilationTimeMonitoringSupported()
                    ? compiler.getTotalCompilationTime() : 0;
        }
    }

    /** What one of the JDK's tools ({@code jcmd}, {@code jstat}) prints, line by line. */
    static List<String> tool(String name, List<String> arguments) throws java.io.IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", name)
                .toString()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var output = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            return output.lines().toList();
        }
    }

    /** A process's resident set (Linux /proc); for this JVM, the heap in use beside it. */
    static final class Memory {
        static String now() throws java.io.IOException {
            Runtime runtime = Runtime.getRuntime();
            return String.format("%s (heap in use %,d MB of %,d MB committed, max %,d MB)", of(ProcessHandle.current()
                    .pid()), (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.totalMemory() >> 20,
                    runtime.maxMemory() >> 20);
        }

        static String of(long pid) throws java.io.IOException {
            String kb = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).findFirst().orElseThrow().replaceAll("\\D+", "");
            return String.format("resident memory RSS %,d MB", Long.parseLong(kb) / 1024);
        }
    }
}
