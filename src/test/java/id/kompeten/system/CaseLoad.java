package id.kompeten.system;

import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.CaseVariables;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whole cases driven in-process by a number of workers, each case by one worker from its opening to its end,
 * through the services Tasklist uses: every user task's form variables read, then the task submitted, as its user
 * with that user's groups (authorizations on, as in Tasklist: FormService.submitTaskForm for Kompeten's forms,
 * TaskService.complete for the bare shape, which has none), every job the case makes (asynchronous steps, email
 * jobs, the timers of the training and the on-the-job period, not the reminder timers) executed by the worker as
 * soon as it is due, as the job executor would. Records how long each step took and how many rows a case wrote.
 */
final class CaseLoad {

    /** One measured run: its cases, the wall time, the time of each step, the rows written per table. */
    record Run(String shape, int workers, int cases, int failed, int retries, long wallNanos, List<Long> caseNanos,
               Map<String, List<Long>> stepNanos, Map<String, Double> rowsPerCase, double statementsPerCase,
               long processCpuNanos, long workerCpuNanos) {
        double casesPerSecond() {
            return cases / (wallNanos / 1e9);
        }

        /**
         * CPU time per case, in ms: of the whole JVM during the run (the collector's and the compiler's too), and of
         * the workers' threads alone. Less moved by other work on the machine than the wall time is.
         */
        double processCpuMsPerCase() {
            return processCpuNanos / 1e6 / Math.max(cases, 1);
        }

        double workerCpuMsPerCase() {
            return workerCpuNanos / 1e6 / Math.max(cases, 1);
        }

        /** This run and a later one of the same shape and workers, as one run (the benchmark's rounds). */
        Run and(Run later) {
            List<Long> allCases = new ArrayList<>(caseNanos);
            allCases.addAll(later.caseNanos);
            Map<String, List<Long>> allSteps = new LinkedHashMap<>();
            for (Run run : List.of(this, later)) {
                run.stepNanos.forEach((step, nanos) -> allSteps.computeIfAbsent(step, s -> new ArrayList<>()).addAll(nanos));
            }
            int all = Math.max(cases + later.cases, 1);
            Map<String, Double> rows = new LinkedHashMap<>();
            rowsPerCase.forEach((table, perCase) -> rows.put(table,
                    (perCase * cases + later.rowsPerCase.getOrDefault(table, 0.0) * later.cases) / all));
            return new Run(shape, workers, cases + later.cases, failed + later.failed, retries + later.retries,
                    wallNanos + later.wallNanos, allCases, allSteps, rows,
                    (statementsPerCase * cases + later.statementsPerCase * later.cases) / all,
                    processCpuNanos + later.processCpuNanos, workerCpuNanos + later.workerCpuNanos);
        }
    }

    /** History tables of the engine and our own that a case writes to, counted before and after a run. */
    static final List<String> TABLES = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
            "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_JOB_LOG", "ACT_HI_OP_LOG",
            "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT", "ACT_GE_BYTEARRAY", "case_event", "email_message",
            "email_delivery");

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final CompetencyCases cases;
    private final Map<String, String> activityOfDefinition = new ConcurrentHashMap<>();
    private final Map<String, List<String>> groupsOf = new ConcurrentHashMap<>();
    private final List<String[]> employees = new ArrayList<>(); // nip, username
    private final AtomicInteger nextEmployee = new AtomicInteger();
    private final List<Long> sessions;
    private final int year = Year.now().getValue();

    private final StatementCounter counter;

    CaseLoad(ConfigurableApplicationContext context, int employeeCount, StatementCounter counter) {
        this.counter = counter;
        this.engine = context.getBean(ProcessEngine.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.cases = context.getBean(CompetencyCases.class);
        addEmployees(employeeCount);
        this.sessions = benchmarkSessions(employeeCount / 90 + 1);
        engine.getRepositoryService().createDeployment().name("benchmark bare shape")
                .addModelInstance(BareShape.KEY + ".bpmn", BareShape.of(getClass().getResourceAsStream(
                        "/processes/CompetencyDevelopmentProcess.bpmn")))
                .deploy();
    }

    /**
     * Sessions of the demo's SPBE course (the need of every case) that ended yesterday, as many as an agency's
     * year of this course would hold: 100 seats each (a case takes a seat in the session of its number / 90) and
     * no cost. Each is offered to every case, and its timers are due when the case reaches them.
     */
    private List<Long> benchmarkSessions(int count) {
        return BenchmarkData.pastSessions(jdbc, "SPBE-01", count, 100, 900, "Aula Benchmark");
    }

    /** Staff of andi's position and unit under budi: each has one case a year, so each case needs its own. */
    private void addEmployees(int count) {
        employees.addAll(BenchmarkData.staff(jdbc, LocalDate.of(1970, 1, 1), "Benchmark", "bench%05d", 0, count));
        groupsOf.put("bench", List.of("participants"));
    }

    /** Runs {@code count} cases of the shape over {@code workers} threads; measures steps and rows. */
    Run run(String shape, int workers, int count) throws Exception {
        Map<String, Long> before = rows();
        long statementsBefore = counter.statements.get();
        Map<String, List<Long>> steps = new ConcurrentHashMap<>();
        List<Long> caseNanos = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger left = new AtomicInteger(count);
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        AtomicLong workerCpu = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            done.add(pool.submit(() -> {
                long threadCpu = THREADS.getCurrentThreadCpuTime();
                while (left.getAndDecrement() > 0) {
                    Steps recorder = new Steps(steps, retries);
                    long began = System.nanoTime();
                    try {
                        if (shape.equals(BareShape.KEY)) {
                            bareCase(recorder);
                        } else {
                            kompetenCase(recorder);
                        }
                        caseNanos.add(System.nanoTime() - began);
                    } catch (RuntimeException e) {
                        if (failed.getAndIncrement() < 3) {
                            e.printStackTrace();
                        }
                    }
                }
                workerCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - threadCpu);
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        long wall = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpuStart;
        long statements = counter.statements.get() - statementsBefore;
        pool.shutdown();
        Map<String, Long> after = rows();
        int finished = caseNanos.size();
        Map<String, Double> perCase = new LinkedHashMap<>();
        TABLES.forEach(table -> perCase.put(table, (after.get(table) - before.get(table)) / (double) Math.max(finished, 1)));
        return new Run(shape, workers, finished, failed.get(), retries.get(), wall, caseNanos, steps, perCase,
                statements / (double) Math.max(finished, 1), cpu, workerCpu.get());
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        TABLES.forEach(table -> rows.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
        return rows;
    }

    /** A case that trains and completes in one round, as most do: SPBE needed, attended, mastered on the job. */
    private void kompetenCase(Steps steps) {
        int index = nextEmployee.getAndIncrement();
        String[] employee = employees.get(index);
        String user = employee[1];
        String[] number = new String[1];
        steps.time("start: open the case", () -> number[0] = cases.open(employee[0], year, "siti").getCaseNumber());
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number[0])
                .singleResult().getId();
        drain(instance, steps);
        submit(instance, CaseProcess.TASK_FILL_NEEDS_SURVEY, user,
                CaseDriver.needsSurvey(Map.of("T-LPE", 2, "M-KOM", 3, "SK-PB", 2)), steps);
        submit(instance, CaseProcess.TASK_ASSESS_COMPETENCIES, "budi",
                CaseDriver.ratings("supervisorRatings", Map.of("T-LPE", 2, "M-KOM", 3, "SK-PB", 2)), steps);
        submit(instance, CaseProcess.TASK_PROPOSE_DEVELOPMENT_PLAN, user, CaseDriver.coursePlan(false, "T-LPE"), steps);
        submit(instance, CaseProcess.TASK_APPROVE_DEVELOPMENT_PLAN, "budi", CaseDriver.coursePlan(true, "T-LPE"), steps);
        submit(instance, CaseProcess.TASK_SCHEDULE_TRAINING, "siti",
                CaseDriver.vars(CaseVariables.TRAINING_SESSION_ID, String.valueOf(sessions.get(index / 90))), steps);
        submit(instance, CaseProcess.TASK_RECORD_TRAINING_RESULTS, "siti", CaseDriver.results(true, 900, 40, 70), steps);
        submit(instance, CaseProcess.TASK_FILL_POST_TRAINING_SURVEY, user, CaseDriver.postTrainingSurvey(4), steps);
        submit(instance, CaseProcess.TASK_CONDUCT_SUPERVISOR_INTERVIEW, "budi",
                CaseDriver.interview(Map.of("T-LPE", 4)), steps);
        ended(instance);
    }

    /** The same path through the bare shape: what its gateways and timers read is given at the start. */
    private void bareCase(Steps steps) {
        String user = employees.get(nextEmployee.getAndIncrement())[1];
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.PARTICIPANT, user);
        variables.put(CaseVariables.SUPERVISOR, "budi");
        variables.put(CaseVariables.TRAINING_NEED_COUNT, 1);
        variables.put(CaseVariables.PLAN_WITHIN_BUDGET, true);
        variables.put(CaseVariables.PLAN_HAS_COURSE, true);
        variables.put(CaseVariables.PLAN_HAS_ACTIVITIES, false);
        Date ended = Date.from(Instant.now().minus(1, ChronoUnit.DAYS));
        variables.put(CaseVariables.TRAINING_REMIND_AT, Date.from(ended.toInstant().minus(1, ChronoUnit.DAYS)));
        variables.put(CaseVariables.TRAINING_ENDS_AT, ended);
        variables.put(CaseVariables.ATTENDED, true);
        variables.put(CaseVariables.FOLLOW_UP, "COMPLETE");
        String[] instance = new String[1];
        steps.time("start: open the case", () -> instance[0] = engine.getRuntimeService()
                .startProcessInstanceByKey(BareShape.KEY, "BARE-" + user, variables).getId());
        drain(instance[0], steps);
        for (String[] task : new String[][] {{CaseProcess.TASK_FILL_NEEDS_SURVEY, user},
                {CaseProcess.TASK_ASSESS_COMPETENCIES, "budi"}, {CaseProcess.TASK_PROPOSE_DEVELOPMENT_PLAN, user},
                {CaseProcess.TASK_APPROVE_DEVELOPMENT_PLAN, "budi"}, {CaseProcess.TASK_SCHEDULE_TRAINING, "siti"},
                {CaseProcess.TASK_RECORD_TRAINING_RESULTS, "siti"}, {CaseProcess.TASK_FILL_POST_TRAINING_SURVEY, user},
                {CaseProcess.TASK_CONDUCT_SUPERVISOR_INTERVIEW, "budi"}}) {
            submit(instance[0], task[0], task[1], null, steps);
        }
        ended(instance[0]);
    }

    private void ended(String instance) {
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() != 0) {
            throw new IllegalStateException("case " + instance + " did not end");
        }
    }

    /** Submits the task's form (Kompeten) or completes it (bare, answers null) as the user, then runs its jobs. */
    private void submit(String instance, String taskKey, String user, Map<String, Object> answers, Steps steps) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
                .singleResult();
        if (task == null) {
            throw new IllegalStateException("case " + instance + " is not waiting at " + taskKey);
        }
        List<String> groups = groupsOf.computeIfAbsent(user.startsWith("bench") ? "bench" : user, u -> engine
                .getIdentityService().createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList());
        // Tasklist reads the form's variables first (form-variables, deserializeValues=false), for either shape
        steps.time("form: " + taskKey, () -> {
            engine.getIdentityService().setAuthentication(user, groups);
            try {
                engine.getFormService().getTaskFormVariables(task.getId(), null, false);
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
        });
        steps.time((answers == null ? "complete: " : "submit-form: ") + taskKey, () -> {
            engine.getIdentityService().setAuthentication(user, groups);
            try {
                if (answers == null) {
                    engine.getTaskService().complete(task.getId());
                } else {
                    engine.getFormService().submitTaskForm(task.getId(), answers);
                }
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
        });
        drain(instance, steps);
    }

    /** Executes the case's jobs one by one until it waits for a person (reminder timers are left waiting). */
    private void drain(String instance, Steps steps) {
        ManagementService management = engine.getManagementService();
        for (int executed = 0; executed < 100; executed++) {
            Job next = management.createJobQuery().processInstanceId(instance).list().stream()
                    .filter(job -> !reminder(job)).findFirst().orElse(null);
            if (next == null) {
                return;
            }
            JobEntity job = (JobEntity) next;
            // an email job has no job definition: its handler type names it
            String step = job.getJobDefinitionId() == null ? kind(job) : kind(job) + ": " + activityOf(job);
            steps.time(step, () -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("case " + instance + " keeps making jobs");
    }

    private static String kind(JobEntity job) {
        return switch (job.getJobHandlerType()) {
            case "async-continuation" -> "async";
            case "kompeten-email" -> "email job";
            default -> job.getJobHandlerType().startsWith("timer") ? "timer" : job.getJobHandlerType();
        };
    }

    private boolean reminder(Job job) {
        return job.getJobDefinitionId() != null && activityOf(job).matches("BoundaryEvent_\\w+(Reminder|Escalation)");
    }

    private String activityOf(Job job) {
        return activityOfDefinition.computeIfAbsent(job.getJobDefinitionId(), id -> String.valueOf(engine
                .getManagementService().createJobDefinitionQuery().jobDefinitionId(id).singleResult().getActivityId()));
    }

    /** The times of one case's steps; a step that meets a concurrent change is tried again (counted). */
    private record Steps(Map<String, List<Long>> all, AtomicInteger retries) {
        void time(String step, Runnable action) {
            for (int attempt = 1; ; attempt++) {
                long start = System.nanoTime();
                try {
                    action.run();
                    all.computeIfAbsent(step, s -> java.util.Collections.synchronizedList(new ArrayList<>()))
                            .add(System.nanoTime() - start);
                    return;
                } catch (org.camunda.bpm.engine.OptimisticLockingException e) {
                    if (attempt == 5) {
                        throw e;
                    }
                    retries.incrementAndGet();
                }
            }
        }
    }
}
