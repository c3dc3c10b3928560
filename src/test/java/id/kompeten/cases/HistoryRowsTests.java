package id.kompeten.cases;

import static id.kompeten.cases.CaseDriver.interview;
import static id.kompeten.cases.CaseDriver.needsSurvey;
import static id.kompeten.cases.CaseDriver.postTrainingSurvey;
import static id.kompeten.cases.CaseDriver.ratings;
import static id.kompeten.cases.CaseDriver.results;
import static id.kompeten.cases.CaseDriver.vars;
import static id.kompeten.process.CaseProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.demo.DemoData;
import id.kompeten.forms.FieldRule;
import id.kompeten.forms.FormSpec;
import id.kompeten.forms.TaskForm;
import id.kompeten.process.CaseVariables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * What one whole case costs the engine's tables, and what of it is kept: a case walked as Tasklist submits its
 * forms (submit-form), from the needs survey to the supervisor's decision, counted row by row in the engine's
 * history. The answers are Kompeten's own tables' record: no form field is a process variable, at runtime or in
 * the history; what the history keeps is what Cockpit and the case file read (activities, tasks and who did them,
 * decisions, jobs, and the final values of the figures the gateways and decisions read).
 */
@SpringBootTest
@ActiveProfiles("test")
class HistoryRowsTests {

    /**
     * Form fields whose answer the process keeps as a typed figure: because a gateway or a step reads it, or (the
     * test scores) because DESIGN.md's contract names it a case variable, which clients read.
     */
    static final Set<String> FIGURES = Set.of(CaseVariables.ATTENDED, CaseVariables.TRAINING_SESSION_ID,
            CaseVariables.FOLLOW_UP_APPROVED, CaseVariables.ESCALATION_RESOLUTION, CaseVariables.PRE_TEST_SCORE,
            CaseVariables.POST_TEST_SCORE);

    static final List<String> COUNTED = List.of("ACT_HI_DETAIL", "ACT_HI_VARINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
            "ACT_HI_JOB_LOG", "ACT_HI_DECINST", "ACT_GE_BYTEARRAY");

    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    @Autowired List<TaskForm> forms;
    CaseDriver driver;
    HistoryService history;
    int mostRuntimeVariables;

    @BeforeEach
    void setUp() {
        driver = new CaseDriver(engine, jdbc).submittingForms();
        driver.reset();
        history = engine.getHistoryService();
    }

    @Test
    void aWholeCaseKeepsItsAuditAndWritesNoAnswerAsAVariable() {
        ProcessInstance instance = driver.open(cases, DemoData.ANDI_NIP);
        String scheduled = walkToTheSupervisorsDecision(instance);

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
                .as("closed").isZero();
        Map<String, Long> rows = rowsOf(instance);
        System.out.printf("History rows of one case (needs survey to the supervisor's decision, submit-form): %s;"
                + " at most %d runtime variables at a wait state%n", rows, mostRuntimeVariables);
        System.out.println("Detail rows by variable: " + jdbc.queryForList("select coalesce(NAME_, TYPE_) as N, count(*) as C"
                + " from ACT_HI_DETAIL where ROOT_PROC_INST_ID_ = ? group by coalesce(NAME_, TYPE_) order by 1", instance.getId())
                .stream().map(r -> r.get("N") + "=" + r.get("C")).collect(Collectors.joining(", ")));
        System.out.println("Variables in the history: " + names(history.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).includeDeleted().list()));

        // nothing of the answers in the engine's history: no form field's variable, no submitted form property
        Set<String> answers = new TreeSet<>();
        forms.stream().map(TaskForm::spec).flatMap(spec -> spec.fields().stream())
                .filter(f -> f.kind() != FieldRule.Kind.DISPLAY).map(FieldRule::key)
                .filter(key -> !FIGURES.contains(key)).forEach(answers::add);
        List<String> historic = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .includeDeleted().list()
                .stream().map(HistoricVariableInstance::getName).toList();
        assertThat(historic).doesNotContainAnyElementsOf(answers);
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_DETAIL where ROOT_PROC_INST_ID_ = ? and TYPE_ = 'FormProperty'",
                Long.class, instance.getId())).as("submitted form properties").isZero();

        // kept: every step and who did it
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).finished().list())
                .extracting(a -> a.getActivityId())
                .contains(TASK_FILL_NEEDS_SURVEY, TASK_ASSESS_COMPETENCIES, "Task_EvaluateTrainingNeeds",
                        TASK_SCHEDULE_TRAINING, TASK_RECORD_TRAINING_RESULTS, TASK_FILL_POST_TRAINING_SURVEY,
                        TASK_CONDUCT_SUPERVISOR_INTERVIEW, "Task_DecideFollowUp", TASK_APPROVE_FOLLOW_UP_TRAINING,
                        "EndEvent_CaseClosedFollowUpRejected");
        // (HR's queue tasks are completed unclaimed here: the user operation log names who completed each)
        Map<String, String> doneBy = history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
                .finished().list().stream().collect(Collectors.toMap(HistoricTaskInstance::getTaskDefinitionKey,
                        t -> history.createUserOperationLogQuery().taskId(t.getId())
                                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).singleResult().getUserId()
                                + " " + t.getDeleteReason()));
        assertThat(doneBy).containsEntry(TASK_FILL_NEEDS_SURVEY, "andi completed")
                .containsEntry(TASK_ASSESS_COMPETENCIES, "budi completed")
                .containsEntry(TASK_SCHEDULE_TRAINING, "siti completed")
                .containsEntry(TASK_RECORD_TRAINING_RESULTS, "siti completed")
                .containsEntry(TASK_FILL_POST_TRAINING_SURVEY, "andi completed")
                .containsEntry(TASK_CONDUCT_SUPERVISOR_INTERVIEW, "budi completed")
                .containsEntry(TASK_APPROVE_FOLLOW_UP_TRAINING, "budi completed");
        // kept: the decisions evaluated, and the jobs that ran (the timers, the email steps and their sends)
        assertThat(rows.get("ACT_HI_DECINST")).isPositive();
        assertThat(history.createHistoricJobLogQuery().processInstanceId(instance.getId()).successLog().count()).isPositive();
        // kept: the final value of each figure the gateways and decisions read, and whose case it is
        Map<String, Object> finals = new HashMap<>();
        history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list()
                .forEach(v -> finals.put(v.getName(), v.getValue()));
        assertThat(finals).containsEntry(CaseVariables.CASE_NUMBER, instance.getBusinessKey())
                .containsEntry(CaseVariables.EMPLOYEE_NIP, DemoData.ANDI_NIP)
                .containsEntry(CaseVariables.ROUND, 1)
                .containsEntry(CaseVariables.TRAINING_NEED_COUNT, 1)
                .containsEntry(CaseVariables.TRAINING_SESSION_ID, Long.valueOf(scheduled))
                .containsEntry(CaseVariables.ATTENDED, true)
                // the test scores: case variables of DESIGN.md's contract, which clients read
                .containsEntry(CaseVariables.PRE_TEST_SCORE, 40)
                .containsEntry(CaseVariables.POST_TEST_SCORE, 70)
                // gain (70 - 40) / (100 - 40) = 0.5; reaction (4 - 1) / 4 x 100 = 75; transfer (3 - 1) / 4 x 100 = 50
                .containsEntry(CaseVariables.LEARNING_GAIN, 0.5)
                .containsEntry(CaseVariables.REACTION_INDEX, 75.0)
                .containsEntry(CaseVariables.TRANSFER_SCORE, 50.0)
                .containsEntry(CaseVariables.UNMASTERED_COMPETENCIES, 1)
                .containsEntry(CaseVariables.FOLLOW_UP, "REMEDIAL")
                .containsEntry(CaseVariables.FOLLOW_UP_APPROVED, false)
                // the plan's gateways: within the budget, a course to run and no other activity
                .containsEntry(CaseVariables.PLAN_WITHIN_BUDGET, true)
                .containsEntry(CaseVariables.PLAN_HAS_COURSE, true)
                .containsEntry(CaseVariables.PLAN_HAS_ACTIVITIES, false);

        // what this costs: the rows of one case, bounded (deterministic: one case, one path). Before the answers
        // were held off the engine and the history filtered (CaseHistory) this case wrote 106 detail rows (every
        // answer set, then removed; every display text; Tasklist's submitted form properties), 62 variable rows
        // and 11 byte arrays of JSON answers. Now the details are the values the case starts with, and only them
        // (Cockpit restarts a case from them); a variable row per figure, id and whose case it is (22 since the
        // development plan's three gateway figures).
        assertThat(rows.get("ACT_HI_VARINST")).isLessThanOrEqualTo(22);
        assertThat(rows.get("ACT_HI_DETAIL")).isLessThanOrEqualTo(5);
        assertThat(rows.get("ACT_GE_BYTEARRAY")).isZero();
        assertThat(jdbc.queryForList("select NAME_ from ACT_HI_DETAIL where ROOT_PROC_INST_ID_ = ? and INITIAL_ = true",
                String.class, instance.getId())).hasSize(rows.get("ACT_HI_DETAIL").intValue())
                .containsExactlyInAnyOrder(CaseVariables.CASE_NUMBER, CaseVariables.EMPLOYEE_NIP, CaseVariables.PARTICIPANT,
                        CaseVariables.SUPERVISOR, CaseVariables.ROUND);
    }

    @Test
    void aDelegatedTasksAnswersWaitOnTheCaseUntilItsOwnerCompletesIt() {
        ProcessInstance instance = driver.open(cases, DemoData.ANDI_NIP);
        Task survey = driver.task(instance, TASK_FILL_NEEDS_SURVEY);
        // (the engine's API without a user: no authorization applies; whoever may delegate is not the point here)
        engine.getTaskService().delegateTask(survey.getId(), "dewi");
        // dewi hands it back with the answers: a resolve, not a completion, so they wait on the case
        engine.getFormService().submitTaskForm(survey.getId(), needsSurvey(Map.of("T-LPE", 2, "M-KOM", 3, "SK-PB", 2)));
        assertThat(runtimeVariables(instance)).containsKey("developmentGoal");
        assertThat(jdbc.queryForObject("select count(*) from needs_survey", Integer.class)).isZero();

        // andi completes it as it is: the waiting answers are checked, recorded, and gone from the case
        engine.getTaskService().complete(survey.getId());
        assertThat(jdbc.queryForObject("select development_goal from needs_survey", String.class))
                .isEqualTo("Menguasai layanan publik elektronik");
        assertThat(runtimeVariables(instance)).doesNotContainKeys("developmentGoal", "preferredMode", "selfRatings");
    }

    /**
     * andi's case to budi's decision: a gap on T-LPE, the SPBE session, attended with 40/70, the survey at 4,
     * applied on the job at 3 (REMEDIAL), and budi declines further training. Returns the session scheduled.
     */
    String walkToTheSupervisorsDecision(ProcessInstance instance) {
        complete(instance, TASK_FILL_NEEDS_SURVEY, "andi", needsSurvey(Map.of("T-LPE", 2, "M-KOM", 3, "SK-PB", 2)));
        complete(instance, TASK_ASSESS_COMPETENCIES, "budi",
                ratings("supervisorRatings", Map.of("T-LPE", 2, "M-KOM", 3, "SK-PB", 2)));
        complete(instance, TASK_PROPOSE_DEVELOPMENT_PLAN, "andi", CaseDriver.coursePlan(false, "T-LPE"));
        complete(instance, TASK_APPROVE_DEVELOPMENT_PLAN, "budi", CaseDriver.coursePlan(true, "T-LPE"));
        String session = driver.offeredSession(instance, "Layanan Publik Berbasis Elektronik");
        complete(instance, TASK_SCHEDULE_TRAINING, "siti", vars(CaseVariables.TRAINING_SESSION_ID, session));
        driver.runJob(instance);
        complete(instance, TASK_RECORD_TRAINING_RESULTS, "siti", results(true, 900, 40, 70));
        complete(instance, TASK_FILL_POST_TRAINING_SURVEY, "andi", postTrainingSurvey(4));
        driver.runJob(instance);
        complete(instance, TASK_CONDUCT_SUPERVISOR_INTERVIEW, "budi", interview(Map.of("T-LPE", 3)));
        complete(instance, TASK_APPROVE_FOLLOW_UP_TRAINING, "budi",
                vars(CaseVariables.FOLLOW_UP_APPROVED, "false", "followUpNote", "Dibimbing langsung oleh atasan"));
        return session;
    }

    /** Submits the task's form, then: no field of that form is left a variable of the case, but its figures. */
    void complete(ProcessInstance instance, String taskId, String user, Map<String, Object> answers) {
        mostRuntimeVariables = Math.max(mostRuntimeVariables, runtimeVariables(instance).size());
        Task task = driver.task(instance, taskId);
        String formId = ((UserTask) engine.getRepositoryService().getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(taskId)).getCamundaFormRef();
        FormSpec spec = forms.stream().map(TaskForm::spec).filter(s -> s.formId().equals(formId)).findFirst().orElseThrow();
        String completed = task.getId();
        driver.complete(instance, taskId, user, answers);
        // the case's and the completed task's; the next task's form may show the same key (the plan's lines)
        Map<String, String> left = new LinkedHashMap<>();
        jdbc.queryForList("select NAME_, TYPE_ from ACT_RU_VARIABLE where PROC_INST_ID_ = ? and (TASK_ID_ is null"
                + " or TASK_ID_ = ?)", instance.getId(), completed)
                .forEach(row -> left.put((String) row.get("NAME_"), (String) row.get("TYPE_")));
        for (FieldRule field : spec.fields()) {
            if (field.kind() != FieldRule.Kind.DISPLAY && !FIGURES.contains(field.key())) {
                assertThat(left).as("after %s", taskId).doesNotContainKey(field.key());
            }
        }
        FIGURES.stream().filter(left::containsKey).forEach(figure ->
                assertThat(left.get(figure)).as("%s after %s, typed", figure, taskId).isNotEqualTo("null"));
        // what a form shows is worked out when it is read: a task's own variables are only the copies the lists show
        assertThat(jdbc.queryForList("select distinct NAME_ from ACT_RU_VARIABLE where PROC_INST_ID_ = ?"
                + " and TASK_ID_ is not null", String.class, instance.getId())).as("task variables after %s", taskId)
                .isSubsetOf(CaseVariables.SHOWN_IN_TASK_LISTS);
    }

    /** The case's runtime variables (name to type), its tasks' own ones included. */
    Map<String, String> runtimeVariables(ProcessInstance instance) {
        Map<String, String> found = new LinkedHashMap<>();
        jdbc.queryForList("select NAME_, TYPE_ from ACT_RU_VARIABLE where PROC_INST_ID_ = ?", instance.getId())
                .forEach(row -> found.put((String) row.get("NAME_"), (String) row.get("TYPE_")));
        return found;
    }

    Map<String, Long> rowsOf(ProcessInstance instance) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : COUNTED) {
            rows.put(table, jdbc.queryForObject("select count(*) from " + table + " where ROOT_PROC_INST_ID_ = ?",
                    Long.class, instance.getId()));
        }
        return rows;
    }

    /** The names of the variables a case's history holds, for the printout. */
    static List<String> names(List<HistoricVariableInstance> variables) {
        return new ArrayList<>(variables.stream().map(HistoricVariableInstance::getName).collect(Collectors.toCollection(TreeSet::new)));
    }
}
