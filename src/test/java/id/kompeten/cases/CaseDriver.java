package id.kompeten.cases;

import id.kompeten.process.CaseProcess;
import id.kompeten.process.CaseVariables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.jdbc.core.JdbcTemplate;

/** Walks a case through the engine as its users would: submits each form's answers, runs due jobs. */
public class CaseDriver {

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private boolean submitForms;

    public CaseDriver(ProcessEngine engine, JdbcTemplate jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
    }

    /** From now on completes each task as Tasklist does: through the form service's submit-form, not complete. */
    public CaseDriver submittingForms() {
        submitForms = true;
        return this;
    }

    /** Opens a case for the employee this year, as siti would, and runs it to its first tasks. */
    public ProcessInstance open(CompetencyCases cases, String nip) {
        String caseNumber = cases.open(nip, java.time.Year.now().getValue(), "siti").getCaseNumber();
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).singleResult();
        settle(instance);
        return instance;
    }

    public Task task(ProcessInstance instance, String taskId) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskId).singleResult();
    }

    /** Completes the task as the given user (the engine records who), then runs the steps that follow it. */
    public void complete(ProcessInstance instance, String taskId, String user, Map<String, Object> answers) {
        settle(instance);
        Task task = task(instance, taskId);
        if (task == null) {
            throw new AssertionError("not waiting at " + taskId);
        }
        // as the user with their groups, so Camunda's authorizations apply as in Tasklist
        engine.getIdentityService().setAuthentication(user, engine.getIdentityService().createGroupQuery()
                .groupMember(user).list().stream().map(org.camunda.bpm.engine.identity.Group::getId).toList());
        try {
            if (submitForms) {
                engine.getFormService().submitTaskForm(task.getId(), answers);
            } else {
                engine.getTaskService().complete(task.getId(), answers);
            }
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        settle(instance);
    }

    /** Runs the asynchronous steps (email steps and their sending jobs, the join) until the case waits for a person or a timer. */
    public void settle(ProcessInstance instance) {
        drain(instance, false);
    }

    /** Fires the timers the case waits on, whatever their due date (not reminders or escalations), and settles. */
    public void runJob(ProcessInstance instance) {
        if (drain(instance, true) == 0) {
            throw new AssertionError("the case waits on no job");
        }
    }

    private int drain(ProcessInstance instance, boolean timers) {
        ManagementService management = engine.getManagementService();
        for (int executed = 0; executed < 100; executed++) {
            Job next = management.createJobQuery().processInstanceId(instance.getId()).list().stream()
                    .filter(job -> !isReminder(management, job))
                    .filter(job -> timers || !(job instanceof TimerEntity))
                    .findFirst().orElse(null);
            if (next == null) {
                return executed;
            }
            management.executeJob(next.getId());
        }
        throw new AssertionError("the case keeps making jobs");
    }

    /** Fires every reminder and escalation timer now waiting on the case's open tasks, and sends their emails. */
    public int fireOverdueTimers(ProcessInstance instance) {
        ManagementService management = engine.getManagementService();
        List<Job> overdue = management.createJobQuery().processInstanceId(instance.getId()).timers().list().stream()
                .filter(job -> isReminder(management, job)).toList();
        overdue.forEach(job -> management.executeJob(job.getId()));
        settle(instance);
        return overdue.size();
    }

    /**
     * Runs an instance's due jobs (its email steps, a timer already due) until none is left; with {@code fireTimers},
     * first fires every job whatever its due date (the reminder timers of a claim or an activity), once.
     */
    public static void runDue(ProcessEngine engine, String processInstanceId, boolean fireTimers) {
        ManagementService management = engine.getManagementService();
        for (int i = 0; i < 20; i++) {
            boolean fire = fireTimers && i == 0;
            List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).list().stream()
                    .filter(job -> fire || job.getDuedate() == null || !job.getDuedate().after(new java.util.Date()))
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError(processInstanceId + " keeps making jobs");
    }

    /** The non-interrupting reminder and escalation timers on user tasks (their own tests fire them). */
    public static boolean isReminder(ManagementService management, Job job) {
        if (job.getJobDefinitionId() == null) {
            return false;
        }
        String activity = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult().getActivityId();
        return activity != null && activity.matches("BoundaryEvent_\\w+(Reminder|Escalation)");
    }

    /** andi answers the needs survey and budi assesses him: a gap of 1 on T-LPE only (self 2, supervisor 2, required 3). */
    public void surveyAndiNeedingSpbe(ProcessInstance instance) {
        complete(instance, CaseProcess.TASK_FILL_NEEDS_SURVEY, "andi", needsSurvey(Map.of("T-LPE", 2, "M-KOM", 3, "SK-PB", 2)));
        complete(instance, CaseProcess.TASK_ASSESS_COMPETENCIES, "budi",
                ratings("supervisorRatings", Map.of("T-LPE", 2, "M-KOM", 3, "SK-PB", 2)));
        planCourses(instance, "andi", "budi");
    }

    /**
     * The development plan as most cases make it: the employee proposes a scheduled course for every competency the
     * needs call for (20 JP, no cost, within the year) and the supervisor approves it as proposed.
     */
    public void planCourses(ProcessInstance instance, String employee, String supervisor) {
        String[] codes = planLines(instance, CaseProcess.TASK_PROPOSE_DEVELOPMENT_PLAN).stream()
                .map(line -> (String) line.get("competencyCode")).toArray(String[]::new);
        complete(instance, CaseProcess.TASK_PROPOSE_DEVELOPMENT_PLAN, employee, coursePlan(false, codes));
        complete(instance, CaseProcess.TASK_APPROVE_DEVELOPMENT_PLAN, supervisor,
                vars("planLines", json(planLines(instance, CaseProcess.TASK_APPROVE_DEVELOPMENT_PLAN))));
    }

    /**
     * A plan's lines as the employee proposes them without reading the form first: a scheduled course (20 JP, no
     * cost, within the year) for each competency; with {@code approved}, as the supervisor keeps them.
     */
    public static Map<String, Object> coursePlan(boolean approved, String... competencyCodes) {
        return vars("planLines", json(courseLines(approved, competencyCodes)));
    }

    /** The same lines as a list (to send as JSON over HTTP). */
    public static List<Map<String, Object>> courseLines(boolean approved, String... competencyCodes) {
        int year = java.time.Year.now().getValue();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String code : competencyCodes) {
            Map<String, Object> line = new HashMap<>();
            line.put("competencyCode", code);
            line.put("kind", "PELATIHAN");
            line.put("intendedJp", 20);
            line.put("cost", 0);
            line.put("startsOn", year + "-01-02");
            line.put("endsOn", year + "-12-30");
            if (approved) {
                line.put("keep", "KEEP");
            }
            lines.add(line);
        }
        return lines;
    }

    /** The plan's lines as the task's form shows them (its own variable, as Tasklist reads it). */
    public List<Map<String, Object>> planLines(ProcessInstance instance, String taskKey) {
        settle(instance);
        Task task = task(instance, taskKey);
        if (task == null) {
            throw new AssertionError("not waiting at " + taskKey);
        }
        String json = engine.getFormService().getTaskFormVariables(task.getId()).getValueTyped("planLines").getValue().toString();
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json,
                    new com.fasterxml.jackson.core.type.TypeReference<>() {});
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One round of andi's SPBE training: siti schedules the session that already ran, it ends, he attended 900
     * minutes with pre/post 40/70, and he answers the post-training survey with every item at {@code likert};
     * the case then waits out the on-the-job period.
     */
    public void trainAndi(ProcessInstance instance, int likert) {
        complete(instance, CaseProcess.TASK_SCHEDULE_TRAINING, "siti", vars(CaseVariables.TRAINING_SESSION_ID,
                offeredSession(instance, "Layanan Publik Berbasis Elektronik")));
        runJob(instance);
        complete(instance, CaseProcess.TASK_RECORD_TRAINING_RESULTS, "siti", results(true, 900, 40, 70));
        complete(instance, CaseProcess.TASK_FILL_POST_TRAINING_SURVEY, "andi", postTrainingSurvey(likert));
        runJob(instance);
    }

    /** budi's interview: how andi applies T-LPE on the job (1-5). */
    public void interviewAndi(ProcessInstance instance, int onTheJob) {
        complete(instance, CaseProcess.TASK_CONDUCT_SUPERVISOR_INTERVIEW, "budi", interview(Map.of("T-LPE", onTheJob)));
    }

    public static Map<String, Object> ratings(String listKey, Map<String, Integer> byCompetency) {
        List<Map<String, Object>> rows = new ArrayList<>();
        byCompetency.forEach((code, rating) -> rows.add(Map.of("competencyCode", code, "rating", String.valueOf(rating))));
        return Map.of(listKey, json(rows));
    }

    public static Object json(Object value) {
        try {
            return SpinValues.jsonValue(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value)).create();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> needsSurvey(Map<String, Integer> self) {
        Map<String, Object> answers = new HashMap<>(ratings("selfRatings", self));
        answers.put("developmentGoal", "Menguasai layanan publik elektronik");
        answers.put("preferredMode", "KLASIKAL");
        return answers;
    }

    public static Map<String, Object> results(boolean attended, Integer minutes, Integer pre, Integer post) {
        Map<String, Object> answers = new HashMap<>();
        answers.put(CaseVariables.ATTENDED, String.valueOf(attended));
        if (attended) {
            answers.put("attendedMinutes", minutes);
            answers.put(CaseVariables.PRE_TEST_SCORE, pre);
            answers.put(CaseVariables.POST_TEST_SCORE, post);
        }
        return answers;
    }

    public static Map<String, Object> postTrainingSurvey(int likert) {
        Map<String, Object> answers = new HashMap<>();
        for (String item : List.of("relevance", "material", "trainer", "scheduleFit", "overall", "confidence")) {
            answers.put(item, String.valueOf(likert));
        }
        answers.put("actionPlan", "Menerapkan layanan daring di loket dalam 90 hari");
        return answers;
    }

    public static Map<String, Object> interview(Map<String, Integer> onTheJob) {
        Map<String, Object> answers = new HashMap<>(ratings("applicationRatings", onTheJob));
        answers.put("behaviourNotes", "Sudah melayani permohonan secara daring");
        return answers;
    }

    /** The id of the first session offered on the scheduling form whose label contains the text. */
    public String offeredSession(ProcessInstance instance, String labelContains) {
        // the scheduling form's variables, as Tasklist reads them
        String json = engine.getFormService().getTaskFormVariables(task(instance, CaseProcess.TASK_SCHEDULE_TRAINING)
                .getId()).getValueTyped(CaseVariables.SESSION_OPTIONS).getValue().toString();
        try {
            List<Map<String, String>> options = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json,
                    new com.fasterxml.jackson.core.type.TypeReference<>() {});
            return options.stream().filter(o -> o.get("label").contains(labelContains)).findFirst()
                    .orElseThrow(() -> new AssertionError("no offered session like " + labelContains + " in " + json))
                    .get("value");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> vars(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    /** Removes every case, so each test opens its own for the same demo employee. */
    public void reset() {
        // email jobs belong to no execution, so deleting a case leaves them: delete them first
        engine.getManagementService().createJobQuery().messages().list().stream()
                .filter(job -> job instanceof org.camunda.bpm.engine.impl.persistence.entity.JobEntity entity
                        && "kompeten-email".equals(entity.getJobHandlerType()))
                .forEach(job -> engine.getManagementService().deleteJob(job.getId()));
        // programmes first: deleting one deletes the cases its call activity started
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("TrainingProgramProcess").list()
                .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test reset", true, true));
        // then the cases and anything else (a JP reminder run an earlier test started)
        // (a case's planned activities go with it: they may be gone when their turn comes)
        engine.getRuntimeService().createProcessInstanceQuery().list()
                .forEach(pi -> engine.getRuntimeService().deleteProcessInstanceIfExists(pi.getId(), "test reset", true,
                        true, true, false));
        List<Long> programmeSessions = jdbc.queryForList("select session_id from programme_session", Long.class);
        for (String table : List.of("answer_theme", "unit_head_interview", "programme_report_text", "programme_report_finding", "agency_plan_line", "agency_plan", "programme_case", "programme_goal",
                "programme_participant", "programme_indicator",
                "login_failure", "figure_correction", "programme_report", "programme_session", "programme_competency", "programme", "email_message", "email_delivery", "jp_ledger_entry", "learning_claim_certificate", "learning_claim", "development_plan_line", "development_plan", "activity_session", "activity_semester", "development_activity", "post_training_survey", "enrollment", "case_event",
                "needs_survey", "competency_rating", "supervisor_interview", "case_decision", "training_need",
                "evaluation_result", "competency_case")) {
            jdbc.update("delete from " + table);
        }
        programmeSessions.forEach(id -> jdbc.update("delete from training_session where id = ?", id));
    }

}
