package id.kompeten.activity;

import id.kompeten.notification.EmailTexts;
import id.kompeten.notification.Emails;
import id.kompeten.notification.OutgoingEmail;
import id.kompeten.notification.OutgoingEmail.Detail;
import id.kompeten.notification.OutgoingEmail.Link;
import id.kompeten.notification.Recipient;
import id.kompeten.notification.Recipients;
import id.kompeten.process.ActivityProcess;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The emails of an activity, each in its reader's language: the coach is asked to agree the goals and reminded of
 * a session log left waiting; the employee is told of the event registered, asked to rate or reflect, and told the
 * JP credited; HR are asked (and reminded) to record an event's attendance. Texts {@code mail.<KIND>.subject} and
 * {@code .body}: {0} activity number, {1} employee, {2} title, {3} kind, {4} coach or organiser, {5} JP.
 */
@Service
class ActivityEmails {

    enum Kind {
        GUIDANCE_GOALS_REQUEST, GUIDANCE_LOG_OVERDUE, GUIDANCE_RATING_REQUEST,
        EVENT_REGISTERED, EVENT_ATTENDANCE_REQUEST, EVENT_ATTENDANCE_REMINDER, EVENT_REFLECTION_REQUEST,
        ACTIVITY_COMPLETED
    }

    private final Emails emails;
    private final Recipients recipients;
    private final EmailTexts texts;
    private final Activities activities;
    private final TaskService tasks;

    ActivityEmails(Emails emails, Recipients recipients, EmailTexts texts, Activities activities, TaskService tasks) {
        this.emails = emails;
        this.recipients = recipients;
        this.texts = texts;
        this.activities = activities;
        this.tasks = tasks;
    }

    void send(Kind kind, long activityId, String processInstanceId) {
        DevelopmentActivity activity = activities.get(activityId);
        Recipient employee = recipients.participant(activity.getEmployeeNip());
        // a reminder is about the task still open; nobody is reminded of one already done
        boolean reminder = kind == Kind.GUIDANCE_LOG_OVERDUE || kind == Kind.EVENT_ATTENDANCE_REMINDER;
        Task open = !reminder ? null : tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(
                kind == Kind.GUIDANCE_LOG_OVERDUE ? ActivityProcess.TASK_LOG_GUIDANCE_SESSION
                        : ActivityProcess.TASK_RECORD_EVENT_ATTENDANCE).singleResult();
        List<Recipient> to = switch (kind) {
            case GUIDANCE_GOALS_REQUEST -> recipients.user(activity.getCoach()).map(List::of).orElse(List.of());
            case GUIDANCE_LOG_OVERDUE -> open == null ? List.of()
                    : recipients.user(activity.getCoach()).map(List::of).orElse(List.of());
            case EVENT_ATTENDANCE_REQUEST -> recipients.hrStaff();
            case EVENT_ATTENDANCE_REMINDER -> open == null ? List.of() : open.getAssignee() == null ? recipients.hrStaff()
                    : recipients.user(open.getAssignee()).map(List::of).orElse(List.of());
            case GUIDANCE_RATING_REQUEST, EVENT_REGISTERED, EVENT_REFLECTION_REQUEST, ACTIVITY_COMPLETED -> List.of(employee);
        };
        BigDecimal jp = activities.jpSoFar(activity);
        String coach = activities.coachName(activity);
        for (Recipient recipient : to) {
            OutgoingEmail email = write(kind, activity, employee, recipient, jp, coach);
            emails.request(reminder ? email.aboutTask(open.getId()) : email);
        }
    }

    private OutgoingEmail write(Kind kind, DevelopmentActivity activity, Recipient employee, Recipient to,
                                BigDecimal jpEarned, String coach) {
        Locale locale = to.locale();
        String jp = EmailTexts.jp(jpEarned, locale);
        String kindName = texts.text(activity.getKind().messageKey(), locale);
        Object[] args = {activity.getActivityNumber(), employee.name(), activity.getTitle(), kindName,
                coach, jp};
        List<Detail> details = new ArrayList<>();
        details.add(new Detail(texts.text("mail.detail.activityNumber", locale), activity.getActivityNumber()));
        if (!to.username().equals(employee.username())) {
            details.add(new Detail(texts.text("mail.detail.employee", locale), employee.name()));
        }
        details.add(new Detail(texts.text("mail.detail.activity", locale), activity.getTitle() + " (" + kindName + ")"));
        if (kind == Kind.ACTIVITY_COMPLETED) {
            details.add(new Detail(texts.text("mail.detail.jp", locale), jp));
        }
        String task = switch (kind) {
            case GUIDANCE_GOALS_REQUEST -> ActivityProcess.TASK_AGREE_GUIDANCE_GOALS;
            case GUIDANCE_LOG_OVERDUE -> ActivityProcess.TASK_LOG_GUIDANCE_SESSION;
            case GUIDANCE_RATING_REQUEST -> ActivityProcess.TASK_RATE_GUIDANCE;
            case EVENT_ATTENDANCE_REQUEST, EVENT_ATTENDANCE_REMINDER -> ActivityProcess.TASK_RECORD_EVENT_ATTENDANCE;
            case EVENT_REFLECTION_REQUEST -> ActivityProcess.TASK_FILL_EVENT_REFLECTION;
            case EVENT_REGISTERED, ACTIVITY_COMPLETED -> null;
        };
        return OutgoingEmail.notice(kind.name(), activity.getActivityNumber(), to,
                texts.text("mail." + kind.name() + ".subject", locale, args),
                texts.text("mail." + kind.name() + ".body", locale, args), details,
                task == null ? null : Link.toTask(task));
    }
}
