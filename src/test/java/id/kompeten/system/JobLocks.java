package id.kompeten.system;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The jobs the nodes' job executors hold, read from Camunda's tables. A job executor locks the jobs it acquires
 * under an owner of its own (a random id, ACT_RU_JOB.LOCK_OWNER_); the job log names the node that ran a job (its
 * engine hostname, ACT_HI_JOB_LOG.HOSTNAME_). Sampling the locks as the jobs run tells which owner is which node.
 */
final class JobLocks implements AutoCloseable {

    record Lock(String jobId, String owner, Instant expires) {}

    private final JdbcTemplate db;
    private final Map<String, String> ownerOfJob = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

    JobLocks(JdbcTemplate db) {
        this.db = db;
        sampler.scheduleWithFixedDelay(() -> {
            try {
                held().forEach(lock -> ownerOfJob.putIfAbsent(lock.jobId(), lock.owner()));
            } catch (RuntimeException e) {
                // the database busy for a moment: the next sample
            }
        }, 0, 100, TimeUnit.MILLISECONDS);
    }

    /** Every job locked now (lock not expired). Camunda writes the expiry in its JVM's time zone, read back here in ours. */
    List<Lock> held() {
        Instant now = Instant.now();
        return db.query("select id_, lock_owner_, lock_exp_time_ from act_ru_job where lock_owner_ is not null",
                        (row, i) -> new Lock(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant()))
                .stream().filter(lock -> lock.expires().isAfter(now)).toList();
    }

    /** The lock owner of the node's job executor: the owner of most sampled jobs that node then ran, if any. */
    Optional<String> ownerOf(String hostname) {
        Map<String, Long> owners = db.queryForList("select job_id_ from act_hi_job_log where hostname_ = ? and job_state_ = 2",
                        String.class, hostname).stream().map(ownerOfJob::get).filter(java.util.Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return owners.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** When and where each of these jobs ran successfully (the job log). */
    Map<String, List<Run>> runs(List<String> jobIds) {
        return jobIds.stream().collect(Collectors.toMap(Function.identity(), id -> db.query(
                "select hostname_, timestamp_ from act_hi_job_log where job_id_ = ? and job_state_ = 2",
                (row, i) -> new Run(row.getString(1), row.getTimestamp(2).toInstant()), id)));
    }

    record Run(String hostname, Instant at) {}

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
