package id.kompeten.cases;

import static id.kompeten.cases.CaseDriver.needsSurvey;
import static id.kompeten.cases.CaseDriver.ratings;
import static id.kompeten.process.CaseProcess.TASK_ASSESS_COMPETENCIES;
import static id.kompeten.process.CaseProcess.TASK_FILL_NEEDS_SURVEY;
import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.demo.DemoData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Housekeeping of the engine's history (application.yaml, camunda.bpm.generic-properties): every deployed model has
 * its time to live, the cleanup job is scheduled for the night window in Jakarta whatever the server's time zone, and
 * it removes an ended case's history once its five years have passed, only inside that window, and nothing younger;
 * the case file, in our own tables, reads the same afterwards.
 */
@SpringBootTest
@ActiveProfiles("test")
class HistoryCleanupTests {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** camunda:historyTimeToLive of every model: P1825D. */
    static final int TTL_DAYS = 1825;

    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    @Autowired CaseFiles files;
    HistoryService history;
    CaseDriver driver;

    @BeforeEach
    void setUp() {
        history = engine.getHistoryService();
        driver = new CaseDriver(engine, jdbc);
        driver.reset();
    }

    @AfterEach
    void backToTheRealClock() {
        ClockUtil.reset();
        history.cleanUpHistoryAsync(); // the job due at the next window of the real clock again
    }

    @Test
    void everyDeployedModelHasItsTimeToLive() {
        List<ProcessDefinition> processes = engine.getRepositoryService().createProcessDefinitionQuery().list();
        List<DecisionDefinition> decisions = engine.getRepositoryService().createDecisionDefinitionQuery().list();
        assertThat(processes).extracting(ProcessDefinition::getKey)
                .contains("CompetencyDevelopmentProcess", "TrainingProgramProcess", "JpReminderProcess");
        assertThat(decisions).extracting(DecisionDefinition::getKey).contains("trainingNeedPriority", "followUpDecision");
        assertThat(processes).allSatisfy(p -> assertThat(p.getHistoryTimeToLive()).as(p.getKey()).isEqualTo(TTL_DAYS));
        assertThat(decisions).allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(TTL_DAYS));
    }

    @Test
    void theCleanupJobIsDueAtTheStartOfTheNightWindowInJakarta() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
        assertThat(configuration.isHistoryCleanupEnabled()).isTrue();
        assertThat(configuration.getParsedBatchOperationsForHistoryCleanup()).isNotEmpty()
                .allSatisfy((type, days) -> assertThat(days).as(type).isEqualTo(180));
        assertThat(configuration.getHistoryCleanupJobLogTimeToLive()).isEqualTo("P30D");

        // the engine made the job when it started; asked again, it schedules that same job from now
        List<Job> madeAtStart = history.findHistoryCleanupJobs();
        assertThat(madeAtStart).hasSize(1);
        Job job = history.cleanUpHistoryAsync();
        assertThat(job.getId()).isEqualTo(madeAtStart.get(0).getId());
        assertThat(job.isSuspended()).isFalse();
        // due at 22:00 WIB: tonight's, or last night's while that window is still open (until 05:00)
        ZonedDateTime now = ZonedDateTime.now(WIB);
        LocalDate night = now.toLocalTime().isBefore(LocalTime.of(5, 0)) ? now.toLocalDate().minusDays(1) : now.toLocalDate();
        assertThat(job.getDuedate().toInstant()).isEqualTo(night.atTime(22, 0).atZone(WIB).toInstant());
    }

    @Test
    void removesAnEndedCasesHistoryFiveYearsOnInTheNightWindowAndKeepsItsCaseFile() {
        // W: 23:00 WIB some nights ago. Case A closes five years and 12 hours before it: its history may go from
        // 11:00 WIB that day, outside the window. Case B closes two days after A: not yet due at W.
        Instant w = LocalDate.now(WIB).minusDays(3).atTime(23, 0).atZone(WIB).toInstant();
        Instant aClosed = w.minus(Duration.ofHours(12)).minus(Duration.ofDays(TTL_DAYS));
        ProcessInstance a = closedWithoutNeedAt(aClosed);
        ProcessInstance b = closedWithoutNeedAt(aClosed.plus(Duration.ofDays(2)));

        HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceId(a.getId()).singleResult();
        assertThat(ended.getEndTime().toInstant()).isEqualTo(aClosed);
        Instant aRemovable = aClosed.atZone(ZoneId.systemDefault()).plusDays(TTL_DAYS).toInstant();
        assertThat(ended.getRemovalTime().toInstant()).isEqualTo(aRemovable);
        assertThat(aRemovable.atZone(WIB).toLocalTime()).isEqualTo(LocalTime.of(11, 0));
        Map<String, Long> aBefore = historyOf(a, aClosed);
        assertThat(aBefore).allSatisfy((what, rows) -> assertThat(rows).as(what).isPositive());
        Map<String, Long> bBefore = historyOf(b, aClosed.plus(Duration.ofDays(2)));
        String aNumber = a.getBusinessKey();
        CaseFile aFile = files.find(aNumber).orElseThrow();
        assertThat(aFile.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(aFile.outcome()).isEqualTo(CaseOutcome.NO_NEED);
        assertThat(aFile.ratings()).isNotEmpty();
        assertThat(aFile.timeline()).extracting(CaseFile.TimelineView::actor).contains("andi", "budi");

        // an hour after A's time has come, but at noon: the job runs and removes nothing, then waits for 22:00
        Job job = history.findHistoryCleanupJobs().get(0);
        ClockUtil.setCurrentTime(Date.from(aRemovable.plus(Duration.ofHours(1))));
        engine.getManagementService().executeJob(job.getId());
        assertThat(historyOf(a, aClosed)).isEqualTo(aBefore);
        assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getDuedate().toInstant())
                .isEqualTo(w.minus(Duration.ofHours(1)));

        // at 23:00 WIB, in the window: A's history goes (the job runs again while it finds a full batch), B's stays
        ClockUtil.setCurrentTime(Date.from(w));
        for (int run = 0; run < 20 && history.createHistoricProcessInstanceQuery().processInstanceId(a.getId()).count() > 0; run++) {
            engine.getManagementService().executeJob(job.getId());
        }
        assertThat(historyOf(a, aClosed)).allSatisfy((what, rows) -> assertThat(rows).as(what).isZero());
        assertThat(historyOf(b, aClosed.plus(Duration.ofDays(2)))).isEqualTo(bBefore);

        // the case file is our own tables': the same as before
        assertThat(files.find(aNumber)).contains(aFile);
    }

    /** andi's case opened at {@code at} and closed there (no competency gap), the engine's clock stopped at it. */
    ProcessInstance closedWithoutNeedAt(Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        String caseNumber = cases.open(DemoData.ANDI_NIP, at.atZone(WIB).getYear(), "siti").getCaseNumber();
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).singleResult();
        driver.settle(instance);
        driver.complete(instance, TASK_FILL_NEEDS_SURVEY, "andi", needsSurvey(Map.of("T-LPE", 3, "M-KOM", 4, "SK-PB", 2)));
        driver.complete(instance, TASK_ASSESS_COMPETENCIES, "budi",
                ratings("supervisorRatings", Map.of("T-LPE", 3, "M-KOM", 3, "SK-PB", 3)));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
                .as("closed").isZero();
        return instance;
    }

    /** The engine's history rows of a case, kind by kind; its decisions by their time (a delegate evaluates them). */
    Map<String, Long> historyOf(ProcessInstance instance, Instant closed) {
        String id = instance.getId();
        Date from = Date.from(closed.minusSeconds(1));
        Date to = Date.from(closed.plusSeconds(1));
        return Map.of(
                "process instance", history.createHistoricProcessInstanceQuery().processInstanceId(id).count(),
                "activities", history.createHistoricActivityInstanceQuery().processInstanceId(id).count(),
                "tasks", history.createHistoricTaskInstanceQuery().processInstanceId(id).count(),
                "variables", history.createHistoricVariableInstanceQuery().processInstanceId(id).count(),
                "details", history.createHistoricDetailQuery().processInstanceId(id).count(),
                "job log", history.createHistoricJobLogQuery().processInstanceId(id).count(),
                "decisions", history.createHistoricDecisionInstanceQuery().evaluatedAfter(from).evaluatedBefore(to).count());
    }
}
