package id.kompeten.cases;

import id.kompeten.process.CaseVariables;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a case's timeline and its current step, in the engine's transaction. A transaction's lines of the
 * timeline (some thirty a case, one to three in each of its transactions) are written together as it commits, one
 * JDBC batch: not an entity each, which JPA inserts at once to learn its generated id. The batch runs after the
 * commit's own flush (Hibernate's before-completion process), so a case opened in the same transaction has its
 * row in first and the transaction's entities are not flushed twice. A transaction that rolls back writes none;
 * one that reads the timeline ({@link #of}) writes its lines first.
 */
@Service
@Transactional
class CaseTimeline {

    private static final String INSERT = "insert into case_event (case_number, step_id, step_name, actor, occurred_at,"
            + " detail) values (?, ?, ?, ?, ?, ?)";

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final JdbcTemplate jdbc;
    private final EntityManager entities;
    private final Clock clock;

    CaseTimeline(CaseRepository cases, CaseEventRepository events, JdbcTemplate jdbc, EntityManager entities,
                 Clock clock) {
        this.cases = cases;
        this.events = events;
        this.jdbc = jdbc;
        this.entities = entities;
        this.clock = clock;
    }

    void stepDone(String caseNumber, String stepId, String stepName, String actor, String detail) {
        pending().add(new Object[] {caseNumber, stepId, stepName == null ? stepId : stepName, actor,
                Timestamp.from(clock.instant()), detail});
    }

    /** The case's timeline, the lines this transaction made included. */
    List<CaseEvent> of(String caseNumber) {
        Lines lines = (Lines) TransactionSynchronizationManager.getResource(Lines.class);
        if (lines != null && !lines.rows.isEmpty()) {
            entities.flush(); // the case's own row first, when it was opened in this transaction
            write(lines);
        }
        return events.findByCaseNumberOrderByOccurredAtAscIdAsc(caseNumber);
    }

    /** Writes the transaction's lines not written yet: as it commits, or before it reads the timeline. */
    private void write(Lines lines) {
        if (!lines.rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, lines.rows);
            lines.rows.clear();
        }
    }

    private List<Object[]> pending() {
        Lines bound = (Lines) TransactionSynchronizationManager.getResource(Lines.class);
        if (bound != null) {
            return bound.rows;
        }
        Lines lines = new Lines();
        TransactionSynchronizationManager.bindResource(Lines.class, lines);
        entities.unwrap(SessionImplementor.class).getActionQueue().registerProcess(
                (BeforeTransactionCompletionProcess) session -> write(lines));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(Lines.class);
            }
        });
        return lines.rows;
    }

    /** The lines of the running transaction, not written yet. */
    private static final class Lines {
        final List<Object[]> rows = new ArrayList<>();
    }

    /** Records the process instance of a case whose instance was started by a call activity. */
    void started(String caseNumber, String processInstanceId) {
        cases.findById(caseNumber).filter(c -> c.getProcessInstanceId() == null)
                .ifPresent(c -> c.started(processInstanceId));
    }

    void waitingAt(String caseNumber, String stepName, Object round) {
        cases.findById(caseNumber).ifPresent(c -> c.moveTo(stepName,
                round instanceof Number n ? n.intValue() : c.getRound()));
    }

    static String caseNumberOf(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return (String) scope.getVariable(CaseVariables.CASE_NUMBER);
    }
}
