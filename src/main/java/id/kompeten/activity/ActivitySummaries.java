package id.kompeten.activity;

import id.kompeten.process.ActivityProcess;
import id.kompeten.process.CaseVariables;
import id.kompeten.process.TaskNames;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;
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

    /** Names a new task after the activity. */
    void name(DelegateTask task) {
        DevelopmentActivity activity = activityOf(task);
        task.setName(TaskNames.name(task.getBpmnModelElementInstance().getName(),
                (String) task.getVariable(CaseVariables.EMPLOYEE_NAME), activity.getActivityNumber(), List.of()));
    }

    /** The activity so far, as its form shows it when opened. */
    void show(DelegateTask task, VariableMap shown) {
        shown.putValue(ActivityProcess.ACTIVITY_SUMMARY, summary(activityOf(task)));
    }

    private DevelopmentActivity activityOf(DelegateTask task) {
        return activities.get(((Number) task.getVariable(ActivityProcess.ACTIVITY_ID)).longValue());
    }

    String summary(DevelopmentActivity activity) {
        List<String> lines = new ArrayList<>();
        lines.add(message("activity.summary.kind", message(activity.getKind().messageKey())));
        lines.add(message("activity.summary.title", activity.getTitle()));
        switch (activity.getKind().path()) {
            case GUIDED -> guided(activity, lines);
            case EVENT -> {
                lines.add(message("activity.summary.organiser", activity.getOrganiser()));
                lines.add(message("activity.summary.dates", day(activity.getStartsOn()), day(activity.getEndsOn())));
                if (activity.getAttendedMinutes() != null) {
                    lines.add(message("activity.summary.attended", String.valueOf(activity.getAttendedMinutes()),
                            jp(activities.jpSoFar(activity))));
                }
            }
            case SELF_PACED -> {
                lines.add(message("activity.summary.platform", activity.getOrganiser()));
                lines.add(message("activity.summary.due", day(activity.getStartsOn()), day(activity.getEndsOn()),
                        String.valueOf(activity.getModulesTotal())));
                if (activity.getModulesCompleted() != null) {
                    lines.add(message("activity.summary.modules", String.valueOf(activity.getModulesCompleted()),
                            String.valueOf(activity.getModulesTotal())));
                }
                if (activity.getCompletedOn() != null) {
                    lines.add(message("activity.summary.completed", day(activity.getCompletedOn()),
                            String.valueOf(activity.getAttendedMinutes()), activity.getCertificateNumber(),
                            jp(activities.jpSoFar(activity))));
                }
                if (activity.getUsefulness() != null) {
                    lines.add(message("activity.summary.selfRating", String.valueOf(activity.getUsefulness()),
                            String.valueOf(activity.getLearningRating()), activity.getActionPlan()));
                }
            }
            case PLACEMENT -> {
                lines.add(message("activity.summary.hostUnit", activity.getOrganiser()));
                lines.add(message("activity.summary.mentor", activities.coachName(activity)));
                lines.add(message("activity.summary.dates", day(activity.getStartsOn()), day(activity.getEndsOn())));
                if (activity.getDaysPresent() != null) {
                    lines.add(message("activity.summary.placement", String.valueOf(activity.getDaysPresent()),
                            String.valueOf(activity.getAttendedMinutes()), jp(activities.jpSoFar(activity))));
                }
            }
            case STUDY -> {
                lines.add(message("activity.summary.institution", activity.getOrganiser()));
                lines.add(message("activity.summary.studyDates", day(activity.getStartsOn()), day(activity.getEndsOn())));
                List<ActivitySemester> semesters = activities.semestersOf(activity);
                for (ActivitySemester semester : semesters) {
                    lines.add(message("activity.summary.semester", String.valueOf(semester.getSemester()),
                            String.valueOf(semester.getCredits()),
                            semester.getGradePoint().toPlainString().replace('.', ','), semester.getTranscriptNumber()));
                }
                if (activity.getCompletedOn() == null) {
                    lines.add(message("activity.summary.nextSemester", String.valueOf(semesters.size() + 1)));
                } else {
                    lines.add(message("activity.summary.graduated", day(activity.getCompletedOn()),
                            String.valueOf(semesters.stream().mapToInt(ActivitySemester::getCredits).sum()),
                            jp(activities.jpSoFar(activity))));
                }
            }
            case SCHEDULED_COURSE -> { }
        }
        return String.join("\n", lines);
    }

    private void guided(DevelopmentActivity activity, List<String> lines) {
        lines.add(message("activity.summary.coach", activities.coachName(activity)));
        if (activity.getGoals() != null) {
            lines.add(message("activity.summary.goals", activity.getGoals(), String.valueOf(activity.getPlannedSessions())));
        }
        List<ActivitySession> logged = activities.sessionsOf(activity);
        for (ActivitySession session : logged) {
            lines.add(message("activity.summary.session", day(session.getHeldOn()),
                    String.valueOf(session.getMinutes()), session.getNotes()));
        }
        lines.add(message("activity.summary.jp", String.valueOf(logged.size()),
                String.valueOf(logged.stream().mapToInt(ActivitySession::getMinutes).sum()),
                jp(activities.jpFor(activity, logged))));
    }

    private static String day(java.time.LocalDate day) {
        return DAY.format(day);
    }

    private static String jp(java.math.BigDecimal jp) {
        return jp.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, ID);
    }
}
