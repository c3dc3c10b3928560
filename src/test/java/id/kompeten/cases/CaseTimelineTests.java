package id.kompeten.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kompeten.demo.DemoData;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction's lines of the timeline are written as it commits, with it or not at all: after the case's own row
 * when the case was opened in the same transaction, visible to the transaction itself when it reads the timeline,
 * gone with a rollback, and a line that cannot be written fails the whole commit.
 */
@SpringBootTest
@ActiveProfiles("test")
class CaseTimelineTests {

    private static final String CASE = "KMP-1999-990001";

    @Autowired CaseTimeline timeline;
    @Autowired CaseRepository cases;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @AfterEach
    void tearDown() {
        jdbc.update("delete from case_event where case_number like 'KMP-1999-%'");
        jdbc.update("delete from competency_case where case_number like 'KMP-1999-%'");
    }

    @Test
    void theLinesOfATransactionThatOpensTheCaseAreWrittenAfterTheCaseAsItCommits() {
        transactions.executeWithoutResult(status -> {
            cases.save(new CompetencyCase(CASE, DemoData.ANDI_NIP, 1999, "siti", Instant.now()));
            timeline.stepDone(CASE, "StartEvent_CaseOpened", "Kasus dibuka", "siti", null);
            timeline.stepDone(CASE, "Task_FillNeedsSurvey", "Isi survei kebutuhan pelatihan", "andi", null);
            assertThat(lines(CASE)).as("not written before the commit").isZero();
        });
        assertThat(jdbc.queryForList("select step_id from case_event where case_number = ? order by id", String.class,
                CASE)).containsExactly("StartEvent_CaseOpened", "Task_FillNeedsSurvey");
    }

    @Test
    void aTransactionReadingTheTimelineSeesItsOwnLinesAndWritesThemOnce() {
        transactions.executeWithoutResult(status -> {
            cases.save(new CompetencyCase(CASE, DemoData.ANDI_NIP, 1999, "siti", Instant.now()));
            timeline.stepDone(CASE, "StartEvent_CaseOpened", "Kasus dibuka", "siti", null);
            assertThat(timeline.of(CASE)).extracting(CaseEvent::getStepId).containsExactly("StartEvent_CaseOpened");
            timeline.stepDone(CASE, "Task_FillNeedsSurvey", "Isi survei kebutuhan pelatihan", "andi", null);
        });
        assertThat(lines(CASE)).isEqualTo(2);
    }

    @Test
    void aRollbackWritesNoLine() {
        transactions.executeWithoutResult(status ->
                cases.save(new CompetencyCase(CASE, DemoData.ANDI_NIP, 1999, "siti", Instant.now())));
        transactions.executeWithoutResult(status -> {
            timeline.stepDone(CASE, "Task_FillNeedsSurvey", "Isi survei kebutuhan pelatihan", "andi", null);
            status.setRollbackOnly();
        });
        assertThat(lines(CASE)).isZero();
    }

    @Test
    void aLineThatCannotBeWrittenFailsTheCommitAndNothingOfTheTransactionLands() {
        String other = "KMP-1999-990002";
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            cases.save(new CompetencyCase(other, DemoData.ANDI_NIP, 1999, "siti", Instant.now()));
            timeline.stepDone(other, "StartEvent_CaseOpened", "Kasus dibuka", "siti", null);
            timeline.stepDone("KMP-1999-999999", "Task_FillNeedsSurvey", "no such case", "andi", null);
        })).isInstanceOf(RuntimeException.class);
        assertThat(cases.findById(other)).isEmpty();
        assertThat(lines(other)).isZero();
    }

    private int lines(String caseNumber) {
        return jdbc.queryForObject("select count(*) from case_event where case_number = ?", Integer.class, caseNumber);
    }
}
