package id.kompeten.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures are the database being gone, however deep the engine, Hibernate or Spring wrapped them. */
class DatabaseUnavailableTests {

    @Test
    void aRefusedOrBrokenConnectionDeepInTheEnginesWrappingIs() {
        // PostgreSQL's driver: connection refused (08001), broken while sending (08006)
        SQLException refused = new SQLException("Connection to localhost:5432 refused.", "08001");
        assertThat(DatabaseUnavailable.in(new ProcessEngineException("ENGINE-03004",
                new PersistenceException("### Error querying database", refused)))).isTrue();
        assertThat(DatabaseUnavailable.in(new SQLException("An I/O error occurred while sending to the backend.", "08006")))
                .isTrue();
    }

    @Test
    void theServerShuttingDownOrStartingUpIs() {
        for (String state : new String[] {"57P01", "57P02", "57P03"}) {
            assertThat(DatabaseUnavailable.in(new RuntimeException(new SQLException("terminating connection", state))))
                    .as(state).isTrue();
        }
    }

    @Test
    void aPoolWaitingInVainAndSpringsNoConnectionAre() {
        SQLTransientConnectionException timedOut = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 10000ms (total=0, active=0, idle=0, waiting=0)");
        assertThat(DatabaseUnavailable.in(timedOut)).isTrue();
        assertThat(DatabaseUnavailable.in(new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", timedOut)))).isTrue();
        assertThat(DatabaseUnavailable.in(new IllegalStateException("HikariPool-1 - Connection is not available"))).isTrue();
    }

    @Test
    void theRollbackOnAConnectionThePoolClosedAfterItBrokeIs() {
        // as met when PostgreSQL stopped: the query broke the connection, Hikari closed it, the rollback then failed
        assertThat(DatabaseUnavailable.in(new org.springframework.orm.jpa.JpaSystemException(
                new org.hibernate.TransactionException("Unable to rollback against JDBC Connection",
                        new SQLException("Connection is closed"))))).isTrue();
        assertThat(DatabaseUnavailable.in(new SQLException("Statement is closed"))).isFalse();
    }

    @Test
    void aBatchWhoseNextExceptionIsTheBrokenConnectionIs() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "", new int[0]);
        batch.setNextException(new SQLException("This connection has been closed.", "08003"));
        assertThat(DatabaseUnavailable.in(new ProcessEngineException("ENGINE-03083", batch))).isTrue();
    }

    @Test
    void whatTheDatabaseRefusesWhileItAnswersIsNot() {
        // a unique violation (23505), a serialization failure (40001), a syntax error (42601), the engine's own refusal
        assertThat(DatabaseUnavailable.in(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.in(new SQLException("could not serialize access", "40001"))).isFalse();
        assertThat(DatabaseUnavailable.in(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.in(new ProcessEngineException("ENGINE-13005 Task not found"))).isFalse();
        assertThat(DatabaseUnavailable.in(new IllegalArgumentException())).isFalse();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(DatabaseUnavailable.in(b)).isFalse();
    }
}
