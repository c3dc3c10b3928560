package id.kompeten.activity;

import id.kompeten.process.ActivityProcess;
import id.kompeten.process.CaseVariables;
import id.kompeten.process.TaskNames;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What every task of an activity shows, in Indonesian as the forms: its name says whose activity it is ("Catat
 * sesi coaching — Andi Pratama · AKT-2026-000001"), and the form the activity so far (kind, coach, goals, the
 * sessions logged and the JP they earn).
 */
@Component
class ActivitySummaries {

    private static final Locale ID = Locale.forLanguageTag("id");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);

    private final Activities activities;
    private final MessageSource messages;

    ActivitySummaries(Activities activities, MessageSource messages) {
        this.activities = activities;
        this.messages = messages;
    }

    /** Names the task and sets the summary on it (it ends with the task); returns the activity. */
    DevelopmentActivity prefill(DelegateTask task) {
        DevelopmentActivity activity = activities.get(((Number) task.getVariable(ActivityProcess.ACTIVITY_ID)).longValue());
        task.setName(TaskNames.name(task.getBpmnModelElementInstance().getName(),
                (String) task.getVariable(CaseVariables.EMPLOYEE_NAME), activity.getActivityNumber(), List.of()));
        task.setVariableLocal(ActivityProcess.ACTIVITY_SUMMARY, summary(activity));
        return activity;
    }

    String summary(DevelopmentActivity activity) {
        List<String> lines = new ArrayList<>();
        lines.add(message("activity.summary.kind", message(activity.getKind().messageKey())));
        lines.add(message("activity.summary.title", activity.getTitle()));
        if (activity.getCoach() != null) {
            lines.add(message("activity.summary.coach", activities.coachName(activity)));
        } else {
            lines.add(message("activity.summary.organiser", activity.getOrganiser()));
            lines.add(message("activity.summary.dates", DAY.format(activity.getStartsOn()), DAY.format(activity.getEndsOn())));
            if (activity.getAttendedMinutes() != null) {
                lines.add(message("activity.summary.attended", String.valueOf(activity.getAttendedMinutes()),
                        activities.jpSoFar(activity).stripTrailingZeros().toPlainString().replace('.', ',')));
            }
            return String.join("\n", lines);
        }
        if (activity.getGoals() != null) {
            lines.add(message("activity.summary.goals", activity.getGoals(), String.valueOf(activity.getPlannedSessions())));
        }
        List<ActivitySession> logged = activities.sessionsOf(activity);
        for (ActivitySession session : logged) {
            lines.add(message("activity.summary.session", DAY.format(session.getHeldOn()),
                    String.valueOf(session.getMinutes()), session.getNotes()));
        }
        lines.add(message("activity.summary.jp", String.valueOf(logged.size()),
                String.valueOf(logged.stream().mapToInt(ActivitySession::getMinutes).sum()),
                activities.jpFor(activity, logged).stripTrailingZeros().toPlainString().replace('.', ',')));
        return String.join("\n", lines);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, ID);
    }
}
