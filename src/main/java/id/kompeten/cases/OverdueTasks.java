package id.kompeten.cases;

import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The open user task a reminder or escalation timer fired on (its email is about that task). */
@Component
class OverdueTasks {

    private final TaskService tasks;

    OverdueTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    record Overdue(String taskId, String taskKey, String assignee, Instant created) {}

    Optional<Overdue> of(String processInstanceId, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .orderByTaskCreateTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
        return Optional.ofNullable(task).map(t -> new Overdue(t.getId(), t.getTaskDefinitionKey(), t.getAssignee(),
                t.getCreateTime().toInstant()));
    }
}
