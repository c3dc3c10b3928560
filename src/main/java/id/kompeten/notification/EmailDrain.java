package id.kompeten.notification;

import id.kompeten.system.DatabaseUnavailable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends the emails steps recorded ({@link EmailOutbox}) once their transactions committed, without a Camunda job
 * each. The engine command that ran the steps ({@link EmailDrainInterceptor}) sends its emails on its own thread
 * when it is over and holds no connection any more; an email committed by a transaction of ours around the engine
 * goes to a thread of this class. Each send takes its row's lease first ({@link EmailDelivery}), so a node never
 * sends an email another is sending. A send that fails is handed to a Camunda job ({@link EmailJobHandler}), which
 * retries it per kompeten.mail.retry-cycle and ends as an incident on the case, as every email job did. An email
 * committed on a node that died before sending it, or not handed over because the database was away, is found by
 * any node's look for unsent emails, every kompeten.mail.outbox-poll, once it is that old.
 */
@Component
class EmailDrain implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmailDrain.class);
    /** The emails committed during the engine command this thread runs (null: none running). */
    private static final ThreadLocal<List<Long>> COMMITTED = new ThreadLocal<>();
    /** How many emails one look takes (its query's "fetch first"). */
    static final int BATCH = 50;

    private final EmailDelivery delivery;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<ProcessEngine> engine;
    private final Clock clock;
    private final Duration poll;
    /** For emails committed outside an engine command; a full queue leaves them to the look for unsent ones. */
    private final ThreadPoolExecutor later = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1000), runnable -> daemon(runnable, "kompeten-email"));
    private final ScheduledExecutorService looks = Executors.newSingleThreadScheduledExecutor(
            runnable -> daemon(runnable, "kompeten-email-look"));

    EmailDrain(EmailDelivery delivery, JdbcTemplate jdbc, ObjectProvider<ProcessEngine> engine, Clock clock,
               MailSettings mail) {
        this.delivery = delivery;
        this.jdbc = jdbc;
        this.engine = engine;
        this.clock = clock;
        this.poll = mail.outboxPoll();
    }

    /** Opens the thread's list of committed emails, unless one is open; true if this call opened it. */
    static boolean open() {
        if (COMMITTED.get() != null) {
            return false;
        }
        COMMITTED.set(new ArrayList<>());
        return true;
    }

    /** Closes the thread's list and returns it. */
    static List<Long> close() {
        List<Long> committed = COMMITTED.get();
        COMMITTED.remove();
        return committed == null ? List.of() : committed;
    }

    /** After the commit of the transaction that recorded the email. */
    void committed(long id) {
        List<Long> list = COMMITTED.get();
        if (list != null) {
            list.add(id);
            return;
        }
        try {
            later.execute(() -> send(id));
        } catch (RejectedExecutionException e) {
            log.warn("email {} left for the next look for unsent emails: {}", id, e.getMessage());
        }
    }

    /** Sends each, in order; never throws (what fails is handed over or left for the next look). */
    void sendAll(List<Long> ids) {
        ids.forEach(this::send);
    }

    void send(long id) {
        try {
            delivery.deliver(id, false);
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.in(e)) {
                log.warn("email {} not sent, database unavailable: the next look for unsent emails takes it ({})",
                        id, e.getMessage());
                return;
            }
            handOver(id, e);
        }
    }

    /** An email whose send failed: its step, and where its job belongs. */
    private record Unsent(String step, EmailMessage.Origin origin) {}

    /** The failed send's email to a job of its own: created now, it runs at once and then per the retry cycle. */
    private void handOver(long id, RuntimeException failure) {
        try {
            String job = ((ProcessEngineImpl) engine.getObject()).getProcessEngineConfiguration()
                    .getCommandExecutorTxRequired().execute(context -> {
                        List<Unsent> rows = jdbc.query("select step, process_instance_id, root_process_instance_id,"
                                + " process_definition_id, job_definition_id from email_message where id = ?"
                                + " and status = 'REQUESTED' and job_id is null for update skip locked",
                                (row, n) -> new Unsent(row.getString(1), new EmailMessage.Origin(row.getString(2),
                                        row.getString(3), row.getString(4), row.getString(5))), id);
                        if (rows.isEmpty()) {
                            return null; // settled or taken meanwhile
                        }
                        String jobId = EmailJobHandler.handOver(context, id, rows.get(0).step(), rows.get(0).origin());
                        jdbc.update("update email_message set job_id = ?, claimed_until = null where id = ?", jobId,
                                id);
                        return jobId;
                    });
            log.warn("email {} not sent ({}): handed to job {}, which tries again", id, failure.getMessage(), job);
        } catch (RuntimeException e) {
            log.warn("email {} not sent ({}), nor handed to a job ({}): the next look for unsent emails takes it", id,
                    failure.getMessage(), e.getMessage());
        }
    }

    /**
     * One look for emails committed at least {@code olderThan} ago, neither settled nor with a job nor leased to a
     * node sending them: a node died between their commit and their send (or during it, and its lease ran out), or
     * the database was away. Sends them (a batch); returns how many it found.
     */
    int look(Duration olderThan) {
        Instant now = clock.instant();
        List<Long> ids = jdbc.queryForList("select id from email_message where status = 'REQUESTED'"
                + " and job_id is null and requested_at < ? and (claimed_until is null or claimed_until < ?)"
                + " order by requested_at fetch first 50 rows only",
                Long.class, Timestamp.from(now.minus(olderThan)), Timestamp.from(now));
        sendAll(ids);
        return ids.size();
    }

    /** Looks every kompeten.mail.outbox-poll, for emails as old as that, from when the application is ready. */
    @EventListener(ApplicationReadyEvent.class)
    void startLooking() {
        if (poll.isZero()) {
            return;
        }
        looks.scheduleWithFixedDelay(() -> {
            try {
                while (look(poll) == BATCH) {
                    // a backlog: the next batch at once
                }
            } catch (RuntimeException e) {
                log.warn("look for unsent emails failed, tried again in {}: {}", poll, e.getMessage());
            }
        }, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() throws InterruptedException {
        looks.shutdownNow();
        later.shutdown();
        later.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
