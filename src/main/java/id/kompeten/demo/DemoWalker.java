package id.kompeten.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.CaseVariables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Walks cases through the engine as their users do in Tasklist: each task completed by the user who holds it, with
 * its form's answers only, at a moment the engine's clock is set to; the steps after it (email steps, the join) run
 * at once, timers when the walk moves the clock past their due date. The emails the steps record are sent by the
 * job executor after the walk (the demo has no mail server: they are recorded as MAIL_DISABLED).
 */
final class DemoWalker {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngine engine;
    private final Set<String> reminderDefinitions;

    DemoWalker(ProcessEngine engine) {
        this.engine = engine;
        // the reminder and escalation timers on user tasks: people do their tasks in time in the demo's past
        this.reminderDefinitions = engine.getManagementService().createJobDefinitionQuery().list().stream()
                .filter(d -> d.getActivityId() != null
                        && d.getActivityId().matches("BoundaryEvent_\\w+(Reminder|Escalation|EvaluationDate)"))
                .map(JobDefinition::getId).collect(Collectors.toSet());
    }

    /** Sets the engine's clock (and with it ours) to the moment; it runs on from there. */
    void at(Instant moment) {
        ClockUtil.offset(moment.toEpochMilli() - System.currentTimeMillis());
    }

    void resetClock() {
        ClockUtil.reset();
    }

    Task task(String processInstanceId, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey).singleResult();
    }

    /** The running instance of the process for the employee (its one activity of that family). */
    String instanceOf(String processKey, String employeeNip) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                .variableValueEquals(id.kompeten.process.CaseVariables.EMPLOYEE_NIP, employeeNip).singleResult().getId();
    }

    /** The user completes the task with the form's answers (an HR queue task is claimed first), and the case moves on. */
    void complete(String processInstanceId, String taskKey, String user, String group, Map<String, Object> answers) {
        settle(processInstanceId);
        Task task = task(processInstanceId, taskKey);
        if (task == null) {
            throw new IllegalStateException(processInstanceId + " is not waiting at " + taskKey);
        }
        complete(processInstanceId, task, user, group, answers);
    }

    /** The instance's open tasks of that key (one per instance of a multi-instance task). */
    List<Task> tasks(String processInstanceId, String taskKey) {
        settle(processInstanceId);
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .orderByTaskId().asc().list();
    }

    /** Completes this task as the user (claiming it first if it is a queue's), then settles the instance. */
    void complete(String processInstanceId, Task task, String user, String group, Map<String, Object> answers) {
        engine.getIdentityService().setAuthentication(user, List.of(group));
        try {
            if (task.getAssignee() == null) {
                engine.getTaskService().claim(task.getId(), user);
            }
            engine.getTaskService().complete(task.getId(), answers);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        settle(processInstanceId);
    }

    /** Runs the process instance's due asynchronous steps (not timers) until it waits for a person or a timer. */
    void settle(String processInstanceId) {
        run(processInstanceId, null);
    }

    /** Moves the clock through the case's timers due by {@code until}, firing each at its due time, and settles. */
    void passTime(String processInstanceId, Instant until) {
        run(processInstanceId, until);
        at(until);
    }

    private void run(String processInstanceId, Instant until) {
        ManagementService management = engine.getManagementService();
        for (int executed = 0; executed < 200; executed++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).list().stream()
                    .filter(job -> !reminderDefinitions.contains(job.getJobDefinitionId()))
                    .filter(job -> !isEmail(job)).toList();
            Job next = jobs.stream().filter(job -> !isTimer(job)).findFirst().orElse(null);
            if (next == null && until != null) {
                next = jobs.stream().filter(DemoWalker::isTimer)
                        .filter(job -> !job.getDuedate().toInstant().isAfter(until))
                        .min(Comparator.comparing(Job::getDuedate)).orElse(null);
                if (next != null && next.getDuedate().toInstant().isAfter(ClockUtil.now().toInstant())) {
                    at(next.getDuedate().toInstant().plusSeconds(1));
                }
            }
            if (next == null) {
                return;
            }
            management.executeJob(next.getId());
        }
        throw new IllegalStateException(processInstanceId + " keeps making jobs");
    }

    /** The jobs that send the emails a step recorded: the job executor sends them after the walk. */
    private static boolean isEmail(Job job) {
        return job instanceof org.camunda.bpm.engine.impl.persistence.entity.JobEntity entity
                && "kompeten-email".equals(entity.getJobHandlerType());
    }

    private static boolean isTimer(Job job) {
        return job instanceof org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
    }

    /** The session options HR sees on the scheduling form (its form variables): their ids. */
    List<String> offeredSessions(String processInstanceId) {
        List<String> ids = new ArrayList<>();
        formList(task(processInstanceId, CaseProcess.TASK_SCHEDULE_TRAINING).getId(), CaseVariables.SESSION_OPTIONS)
                .forEach(o -> ids.add(String.valueOf(o.get("value"))));
        return ids;
    }

    /** The lines of a development plan's task as its form shows them. */
    List<Map<String, Object>> planLines(String processInstanceId, String taskKey) {
        return rows(processInstanceId, taskKey, "planLines");
    }

    /** A list a task's form shows (a JSON form variable), as Tasklist reads it. */
    List<Map<String, Object>> rows(String processInstanceId, String taskKey, String variable) {
        settle(processInstanceId);
        return formList(task(processInstanceId, taskKey).getId(), variable);
    }

    /** A JSON list of a task's form variables, read as Tasklist reads it. */
    private List<Map<String, Object>> formList(String taskId, String variable) {
        Object json = engine.getFormService().getTaskFormVariables(taskId, List.of(variable), false)
                .getValueTyped(variable).getValue();
        try {
            return JSON.readValue(json.toString(), new TypeReference<>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> ratings(String listKey, Map<String, Integer> byCompetency) {
        List<Map<String, Object>> rows = new ArrayList<>();
        byCompetency.forEach((code, rating) -> rows.add(Map.of("competencyCode", code, "rating", String.valueOf(rating))));
        return new HashMap<>(Map.of(listKey, json(rows)));
    }
}
