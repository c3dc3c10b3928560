package id.kompeten.training;

import static id.kompeten.process.CaseProcess.TASK_SCHEDULE_TRAINING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.process.CaseVariables;
import id.kompeten.demo.DemoData;
import id.kompeten.training.Enrollments.EnrollmentRefused;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Scheduling offers only what the enrolment accepts: for andi's T-LPE need, five SPBE sessions ahead, one of them
 * open, one full (its one seat is dewi's), one over budget (a budget of Rp0), one at the same time as the session
 * andi is enrolled in for his previous year's case, and one his case already had (he was absent). The form offers
 * the open one and lists the other four with the enrolment's own reasons; choosing one of them is refused, and
 * the enrolment refuses each with the same words.
 */
@SpringBootTest
@ActiveProfiles("test")
class SessionOfferTests {

    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    @Autowired SessionOffer offer;
    @Autowired Enrollments enrollments;
    @Autowired EnrollmentRepository enrollmentRows;
    @Autowired TrainingSessionRepository sessions;
    @Autowired TrainingCourseRepository courses;
    @Autowired ProgrammeBudgetRepository budgets;
    CaseDriver driver;
    int year = Year.now().getValue();
    Instant ahead = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(60, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS);
    ProgrammeBudget budget;
    ProgrammeBudget empty;
    TrainingSession open;
    TrainingSession full;
    TrainingSession overBudget;
    TrainingSession clashing;
    TrainingSession taken;
    TrainingSession elsewhere;

    @BeforeEach
    void setUp() {
        driver = new CaseDriver(engine, jdbc);
        driver.reset();
        budget = budgets.findById("PK-" + year).orElseThrow();
        empty = budgets.save(new ProgrammeBudget("HABIS-" + year, "Anggaran Habis", DemoData.AGENCY, year,
                BigDecimal.ZERO));
        TrainingCourse spbe = courses.findById("SPBE-01").orElseThrow();
        open = session(spbe, budget, 0, 20);
        full = session(spbe, budget, 2, 1);
        overBudget = session(spbe, empty, 4, 20);
        clashing = session(spbe, budget, 6, 20);
        taken = session(spbe, budget, 8, 20);
        // andi's other enrolment, in a course of another competency, on the same day as "clashing"
        elsewhere = session(courses.findById("KOM-01").orElseThrow(), budget, 6, 20);
    }

    @AfterEach
    void tearDown() {
        driver.reset();
        sessions.deleteAll(List.of(open, full, overBudget, clashing, taken, elsewhere));
        budgets.delete(empty);
    }

    private TrainingSession session(TrainingCourse course, ProgrammeBudget from, int daysLater, int seats) {
        Instant start = ahead.plus(daysLater, ChronoUnit.DAYS);
        return sessions.save(new TrainingSession(course, from, TrainingMode.KLASIKAL, start,
                start.plus(7, ChronoUnit.HOURS), "Aula BKPSDM", null, seats, new BigDecimal("1000000"), 420));
    }

    private ProcessInstance instanceOf(String caseNumber) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult();
    }

    @Test
    void offersOnlyTheSessionsTheEnrolmentAcceptsAndSaysWhyTheOthersAreMissing() {
        String dewisCase = cases.open(DemoData.DEWI_NIP, year, "siti").getCaseNumber();
        enrollmentRows.save(new Enrollment(dewisCase, full, DemoData.DEWI_NIP, 1, Instant.now()));
        String andisLastYear = cases.open(DemoData.ANDI_NIP, year - 1, "siti").getCaseNumber();
        enrollmentRows.save(new Enrollment(andisLastYear, elsewhere, DemoData.ANDI_NIP, 1, Instant.now()));
        String caseNumber = cases.open(DemoData.ANDI_NIP, year, "siti").getCaseNumber();
        Enrollment missed = new Enrollment(caseNumber, taken, DemoData.ANDI_NIP, 1, Instant.now());
        missed.recordAbsence();
        enrollmentRows.save(missed);
        ProcessInstance instance = instanceOf(caseNumber);
        driver.settle(instance);
        driver.surveyAndiNeedingSpbe(instance);

        // the form: the open session is offered, the four others are not, each with its reason
        // the scheduling form's variables, as Tasklist reads them
        String scheduling = driver.task(instance, TASK_SCHEDULE_TRAINING).getId();
        org.camunda.bpm.engine.variable.VariableMap form = engine.getFormService().getTaskFormVariables(scheduling);
        String options = form.getValueTyped(CaseVariables.SESSION_OPTIONS).getValue().toString();
        assertThat(options).contains("\"" + open.getId() + "\"");
        for (TrainingSession refused : List.of(full, overBudget, clashing, taken)) {
            assertThat(options).doesNotContain("\"" + refused.getId() + "\"");
        }
        TypedValue notOffered = form.getValueTyped(CaseVariables.SESSIONS_NOT_OFFERED);
        assertThat((String) notOffered.getValue())
                .contains("Kuota sesi penuh: 1 dari 1 kursi terisi")
                .contains("Anggaran Anggaran Habis tidak cukup: sisa Rp0")
                .contains("Jadwal bentrok dengan sesi lain peserta: Komunikasi Efektif dalam Pelayanan")
                .contains("Sesi ini sudah pernah diambil dalam kasus ini")
                .doesNotContain("((");

        SessionOffer.Offer offered = offer.offerFor(caseNumber, DemoData.ANDI_NIP, 1);
        Map<Long, String> reasons = new java.util.HashMap<>();
        offered.notOffered().forEach(n -> reasons.put(n.sessionId(), n.reason()));
        assertThat(reasons).containsOnlyKeys(full.getId(), overBudget.getId(), clashing.getId(), taken.getId());
        // one set of rules: the enrolment refuses each of them in the very words the form shows
        for (TrainingSession refused : List.of(full, overBudget, clashing, taken)) {
            assertThatThrownBy(() -> enrollments.enroll(caseNumber, DemoData.ANDI_NIP, 1, refused.getId()))
                    .isInstanceOf(EnrollmentRefused.class).hasMessage(reasons.get(refused.getId()));
        }

        // choosing a session not offered is refused on the form; the case stays where it was
        assertThatThrownBy(() -> driver.complete(instance, TASK_SCHEDULE_TRAINING, "siti",
                CaseDriver.vars(CaseVariables.TRAINING_SESSION_ID, String.valueOf(clashing.getId()))))
                .hasMessageContaining("tidak ditawarkan");
        assertThat(driver.task(instance, TASK_SCHEDULE_TRAINING)).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from enrollment where case_number = ?", Integer.class,
                caseNumber)).isEqualTo(1);

        // the open one is taken
        driver.complete(instance, TASK_SCHEDULE_TRAINING, "siti",
                CaseDriver.vars(CaseVariables.TRAINING_SESSION_ID, String.valueOf(open.getId())));
        assertThat(jdbc.queryForObject("select session_id from enrollment where case_number = ? and status = 'ENROLLED'",
                Long.class, caseNumber)).isEqualTo(open.getId());
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), CaseVariables.SESSIONS_NOT_OFFERED)).isNull();
    }
}
