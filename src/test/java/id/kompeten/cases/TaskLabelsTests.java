package id.kompeten.cases;

import static id.kompeten.process.CaseProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.process.CaseVariables;
import id.kompeten.process.TaskNames;
import id.kompeten.demo.DemoData;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every task says whose case it is, and when it is due; the timeline keeps the step's own name. The lists are read
 * as Tasklist reads them, through the engine as the user with authorizations on: a filter's list extended by
 * Tasklist's own sorting, and the filter's variables by a variable query over the tasks' scopes.
 */
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

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void aTaskNamesTheEmployeeAndTheCaseAndHrsAlsoTheUnitAndPosition() {
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
        Map<String, Object> andi = jdbc.queryForMap("select e.unit, p.name as position from employee e"
                + " join position p on p.code = e.position_code where e.nip = ?", DemoData.ANDI_NIP);
        assertThat(andi.get("unit")).isEqualTo(DemoData.SECRETARIAT);
        assertThat(schedule.getName()).isEqualTo("Jadwalkan pelatihan — Andi Pratama · " + caseNumber + " · Sekretariat · "
                + andi.get("position"));
        // the case file's step and timeline speak of the step, not of the labelled task
        assertThat(caseRepository.findById(caseNumber).orElseThrow().getCurrentStep()).isEqualTo("Jadwalkan pelatihan");
        assertThat(jdbc.queryForList("select step_name from case_event where case_number = ? and step_id = ?",
                String.class, caseNumber, TASK_FILL_NEEDS_SURVEY)).containsExactly("Isi survei kebutuhan pelatihan");
    }

    @Test
    void aNameTooLongForTasklistLeavesOutTheLastDetailsFirst() {
        String unit = "Bidang " + "Pengelolaan Informasi ".repeat(9).strip(); // 204 characters: more than fits
        assertThat(TaskNames.name("Jadwalkan pelatihan", "Andi Pratama", "KMP-2026-000001",
                List.of("Bidang Statistik Sektoral", "Statistisi Ahli Muda")))
                .isEqualTo("Jadwalkan pelatihan — Andi Pratama · KMP-2026-000001 · Bidang Statistik Sektoral"
                        + " · Statistisi Ahli Muda");
        assertThat(TaskNames.name("Jadwalkan pelatihan", "Andi Pratama", "KMP-2026-000001",
                List.of("Bidang Statistik Sektoral", unit)))
                .isEqualTo("Jadwalkan pelatihan — Andi Pratama · KMP-2026-000001 · Bidang Statistik Sektoral");
        assertThat(TaskNames.name("Jadwalkan pelatihan", "Andi Pratama", "KMP-2026-000001", List.of(unit, "Statistisi")))
                .isEqualTo("Jadwalkan pelatihan — Andi Pratama · KMP-2026-000001");
        String longName = "A".repeat(250);
        String cut = TaskNames.name("Jadwalkan pelatihan", longName, "KMP-2026-000001", List.of());
        assertThat(cut).hasSize(TaskNames.MAX_NAME).startsWith("Jadwalkan pelatihan — AAA").endsWith("A…");
    }

    @Test
    void aSupervisorsListGroupsHisTasksByStaffMember() {
        int year = Year.now().getValue();
        // budi's assessments: andi's case, then dewi's, then andi's for next year, a minute apart
        Instant start = Instant.now().minus(Duration.ofHours(1));
        ClockUtil.setCurrentTime(Date.from(start));
        String andis = assessmentOf(cases.open(DemoData.ANDI_NIP, year, "siti"));
        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(1))));
        String dewis = assessmentOf(cases.open(DemoData.DEWI_NIP, year, "siti"));
        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(2))));
        String andisNext = assessmentOf(cases.open(DemoData.ANDI_NIP, year + 1, "siti"));
        ClockUtil.reset();

        // Tasklist's own sorting (newest first) alone mixes the staff: "Tugas saya"
        assertThat(listAs("budi", "Tugas saya")).extracting(Task::getId).containsExactly(andisNext, dewis, andis);
        // the supervisor's filter groups them by staff member, newest first within each
        List<Task> grouped = listAs("budi", "Tugas saya per staf");
        assertThat(grouped).extracting(Task::getId).containsExactly(andisNext, andis, dewis);
        assertThat(grouped).extracting(Task::getName).allMatch(name -> name.startsWith("Nilai kompetensi pegawai — "));
        // and the list shows whose each one is
        Map<String, Map<String, Object>> shown = shownAs("budi", "Tugas saya per staf", grouped);
        assertThat(shown.get(dewis)).containsEntry(CaseVariables.EMPLOYEE_NAME, "Dewi Lestari (NIP " + DemoData.DEWI_NIP + ")")
                .containsKey(CaseVariables.CASE_NUMBER);
        assertThat(shown.get(andis).get(CaseVariables.CASE_NUMBER)).isNotEqualTo(shown.get(andisNext).get(CaseVariables.CASE_NUMBER));
    }

    @Test
    void hrSeeTheUnitOfEachCaseInTheirQueue() {
        ProcessInstance andis = driver.open(cases, DemoData.ANDI_NIP);
        driver.surveyAndiNeedingSpbe(andis);
        String schedule = driver.task(andis, TASK_SCHEDULE_TRAINING).getId();

        List<Task> queue = listAs("siti", "Antrean BKPSDM");
        assertThat(queue).extracting(Task::getId).containsExactly(schedule);
        assertThat(queue.get(0).getName()).contains(" · " + andis.getBusinessKey() + " · Sekretariat · ");
        assertThat(shownAs("siti", "Antrean BKPSDM", queue).get(schedule))
                .containsEntry(CaseVariables.EMPLOYEE_UNIT, DemoData.SECRETARIAT)
                .containsEntry(CaseVariables.CASE_NUMBER, andis.getBusinessKey())
                .containsEntry(CaseVariables.EMPLOYEE_NAME, "Andi Pratama (NIP " + DemoData.ANDI_NIP + ")");
        // Tasklist's search by the unit (a process variable criterion sent with the list call) finds it
        TaskQuery byUnit = engine.getTaskService().createTaskQuery()
                .processVariableValueEquals(CaseVariables.EMPLOYEE_UNIT, DemoData.SECRETARIAT);
        assertThat(as("siti", () -> engine.getFilterService().listPage(filter("Antrean BKPSDM").getId(), byUnit, 0, 15)))
                .extracting(Task::getId).containsExactly(schedule);
        TaskQuery otherUnit = engine.getTaskService().createTaskQuery()
                .processVariableValueEquals(CaseVariables.EMPLOYEE_UNIT, "Bidang Statistik Sektoral");
        assertThat(as("siti", () -> engine.getFilterService().count(filter("Antrean BKPSDM").getId(), otherUnit))).isZero();
        // the case's own variables are not hers to read: the task's copies are what the list shows
        assertThat(as("siti", () -> engine.getRuntimeService().createVariableInstanceQuery()
                .variableScopeIdIn(andis.getId()).listPage(0, 50))).isEmpty();
        assertThat(engine.getRuntimeService().getVariable(andis.getId(), CaseVariables.EMPLOYEE_UNIT))
                .isEqualTo(DemoData.SECRETARIAT);
    }

    String assessmentOf(CompetencyCase opened) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(opened.getCaseNumber()).singleResult();
        driver.settle(instance);
        return driver.task(instance, TASK_ASSESS_COMPETENCIES).getId();
    }

    /**
     * What Tasklist's POST /filter/{id}/list?firstResult=0&maxResults=15 does: the filter's query extended by
     * Tasklist's default sorting (newest first), a page of it.
     */
    List<Task> listAs(String user, String filterName) {
        TaskQuery tasklistSorting = engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc();
        return as(user, () -> engine.getFilterService().listPage(filter(filterName).getId(), tasklistSorting, 0, 15));
    }

    /**
     * The filter's variables of each task as that list embeds them (FilterResourceImpl): one variable query as the
     * user over the tasks' scopes, and for each task and name the first found in its task, execution, process instance.
     */
    Map<String, Map<String, Object>> shownAs(String user, String filterName, List<Task> tasks) {
        @SuppressWarnings("unchecked")
        List<String> names = ((List<Map<String, Object>>) filter(filterName).getProperties().get("variables")).stream()
                .map(variable -> (String) variable.get("name")).toList();
        String[] scopes = tasks.stream().flatMap(this::scopesOf).distinct().toArray(String[]::new);
        List<VariableInstance> visible = as(user, () -> ((VariableInstanceQueryImpl) engine.getRuntimeService()
                .createVariableInstanceQuery().variableNameIn(names.toArray(String[]::new)).variableScopeIdIn(scopes))
                .unlimitedList());
        Map<String, Map<String, Object>> shown = new LinkedHashMap<>();
        for (Task task : tasks) {
            Map<String, Object> values = new LinkedHashMap<>();
            scopesOf(task).forEach(scope -> visible.stream()
                    .filter(v -> scope.equals(((VariableInstanceEntity) v).getVariableScopeId()))
                    .forEach(v -> values.putIfAbsent(v.getName(), v.getValue())));
            shown.put(task.getId(), values);
        }
        return shown;
    }

    Stream<String> scopesOf(Task task) {
        return Stream.of(task.getId(), task.getExecutionId(), task.getProcessInstanceId());
    }

    Filter filter(String name) {
        return engine.getFilterService().createFilterQuery().filterName(name).singleResult();
    }

    /** As the user with their groups, so Camunda's authorizations apply as in Tasklist. */
    <T> T as(String user, Supplier<T> call) {
        engine.getIdentityService().setAuthentication(user, engine.getIdentityService().createGroupQuery()
                .groupMember(user).list().stream().map(Group::getId).toList());
        try {
            return call.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
