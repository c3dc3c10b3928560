package id.kompeten.notification;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** Whether the task an email is about ({@link OutgoingEmail#aboutTask}) is still open when the email goes. */
@Component
class OpenTasks {

    private final TaskService tasks;

    OpenTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    boolean open(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).count() > 0;
    }
}
