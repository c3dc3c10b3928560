package id.kompeten.cases;

import static id.kompeten.process.CaseProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.system.DemoData;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Every task says whose case it is, and when it is due; the timeline keeps the step's own name. */
@SpringBootTest
@ActiveProfiles("test")
class TaskLabelsTests {

    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    @Autowired CaseRepository caseRepository;
    CaseDriver driver;

    @BeforeEach
    void setUp() {
        driver = new CaseDriver(engine, jdbc);
        driver.reset();
    }

    @Test
    void aTaskNamesTheEmployeeAndTheCaseAndHrsAlsoThePosition() {
        ProcessInstance andis = driver.open(cases, DemoData.ANDI_NIP);
        String caseNumber = andis.getBusinessKey();
        Task survey = driver.task(andis, TASK_FILL_NEEDS_SURVEY);
        assertThat(survey.getName()).isEqualTo("Isi survei kebutuhan pelatihan — Andi Pratama · " + caseNumber);
        assertThat(driver.task(andis, TASK_ASSESS_COMPETENCIES).getName())
                .isEqualTo("Nilai kompetensi pegawai — Andi Pratama · " + caseNumber);
        // follow-up when the reminder goes out, due when the task is escalated
        Duration followUp = Duration.between(survey.getCreateTime().toInstant(), survey.getFollowUpDate().toInstant());
        Duration due = Duration.between(survey.getCreateTime().toInstant(), survey.getDueDate().toInstant());
        assertThat(followUp).isPositive().isLessThan(due);

        driver.surveyAndiNeedingSpbe(andis);
        Task schedule = driver.task(andis, TASK_SCHEDULE_TRAINING);
        String position = jdbc.queryForObject("select p.name from employee e join position p on p.code = e.position_code"
                + " where e.nip = ?", String.class, DemoData.ANDI_NIP);
        assertThat(schedule.getName()).isEqualTo("Jadwalkan pelatihan — Andi Pratama · " + caseNumber + " · " + position);
        // the case file's step and timeline speak of the step, not of the labelled task
        assertThat(caseRepository.findById(caseNumber).orElseThrow().getCurrentStep()).isEqualTo("Jadwalkan pelatihan");
        assertThat(jdbc.queryForList("select step_name from case_event where case_number = ? and step_id = ?",
                String.class, caseNumber, TASK_FILL_NEEDS_SURVEY)).containsExactly("Isi survei kebutuhan pelatihan");
    }
}
