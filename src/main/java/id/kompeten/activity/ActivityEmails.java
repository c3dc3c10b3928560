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
 * a session log left waiting; the employee is told of the event registered or the learning enrolled in, asked to
 * rate or reflect, told of a completion refused and of the JP credited; HR are asked (and reminded) to record an
 * event's attendance and to verify a completion; a mentor is told of a placement and asked to assess it; a study's
 * start goes to the employee and the supervisor, who is asked to confirm the return to duty; any other task left
 * waiting reminds whoever holds it (ACTIVITY_TASK_REMINDER, its step naming the task). Texts
 * {@code mail.<KIND>.subject} and {@code .body}: {0} activity number, {1} employee, {2} title, {3} kind, {4} coach,
 * mentor or organiser, {5} JP, {6} the task a reminder is about.
 */
@Service
class ActivityEmails {

    enum Kind {
        GUIDANCE_GOALS_REQUEST, GUIDANCE_LOG_OVERDUE, GUIDANCE_RATING_REQUEST,
        EVENT_REGISTERED, EVENT_ATTENDANCE_REQUEST, EVENT_ATTENDANCE_REMINDER, EVENT_REFLECTION_REQUEST,
        SELF_PACED_ENROLLED, SELF_PACED_VERIFICATION_REQUEST, SELF_PACED_REFUSED,
        PLACEMENT_STARTED, PLACEMENT_ASSESSMENT_REQUEST, ACTIVITY_REFLECTION_REQUEST,
        STUDY_STARTED, STUDY_RETURN_REQUEST,
        ACTIVITY_TASK_REMINDER, ACTIVITY_COMPLETED
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

    /**
     * Sends the step's emails.
     *
     * @param overdueTask the task a generic reminder is about (its step's {@code overdueTask}), else null
     */
    void send(Kind kind, long activityId, String processInstanceId, String overdueTask) {
        DevelopmentActivity activity = activities.get(activityId);
        Recipient employee = recipients.participant(activity.getEmployeeNip());
        // a reminder is about the task still open; nobody is reminded of one already done
        boolean reminder = kind == Kind.GUIDANCE_LOG_OVERDUE || kind == Kind.EVENT_ATTENDANCE_REMINDER
                || kind == Kind.ACTIVITY_TASK_REMINDER;
        String overdue = switch (kind) {
            case GUIDANCE_LOG_OVERDUE -> ActivityProcess.TASK_LOG_GUIDANCE_SESSION;
            case EVENT_ATTENDANCE_REMINDER -> ActivityProcess.TASK_RECORD_EVENT_ATTENDANCE;
            default -> overdueTask;
        };
        Task open = !reminder ? null : tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(overdue).singleResult();
        List<Recipient> to = switch (kind) {
            case GUIDANCE_GOALS_REQUEST -> recipients.user(activity.getCoach()).map(List::of).orElse(List.of());
            case GUIDANCE_LOG_OVERDUE -> open == null ? List.of()
                    : recipients.user(activity.getCoach()).map(List::of).orElse(List.of());
            case EVENT_ATTENDANCE_REQUEST, SELF_PACED_VERIFICATION_REQUEST -> recipients.hrStaff();
            case EVENT_ATTENDANCE_REMINDER, ACTIVITY_TASK_REMINDER -> open == null ? List.of()
                    : open.getAssignee() == null ? recipients.hrStaff()
                    : recipients.user(open.getAssignee()).map(List::of).orElse(List.of());
            case PLACEMENT_ASSESSMENT_REQUEST -> recipients.user(activity.getCoach()).map(List::of).orElse(List.of());
            case PLACEMENT_STARTED -> with(employee, recipients.user(activity.getCoach()));
            case STUDY_STARTED -> with(employee, recipients.supervisorOf(activity.getEmployeeNip()));
            case STUDY_RETURN_REQUEST -> recipients.supervisorOf(activity.getEmployeeNip()).map(List::of)
                    .orElse(List.of());
            case GUIDANCE_RATING_REQUEST, EVENT_REGISTERED, EVENT_REFLECTION_REQUEST, SELF_PACED_ENROLLED,
                 SELF_PACED_REFUSED, ACTIVITY_REFLECTION_REQUEST, ACTIVITY_COMPLETED -> List.of(employee);
        };
        BigDecimal jp = activities.jpSoFar(activity);
        String coach = activities.coachName(activity);
        for (Recipient recipient : to) {
            OutgoingEmail email = write(kind, activity, employee, recipient, jp, coach, overdue);
            emails.request(reminder ? email.aboutTask(open.getId()) : email);
        }
    }

    private static List<Recipient> with(Recipient employee, java.util.Optional<Recipient> other) {
        return other.filter(o -> !o.username().equals(employee.username())).map(o -> List.of(employee, o))
                .orElse(List.of(employee));
    }

    private OutgoingEmail write(Kind kind, DevelopmentActivity activity, Recipient employee, Recipient to,
                                BigDecimal jpEarned, String coach, String overdueTask) {
        Locale locale = to.locale();
        String jp = EmailTexts.jp(jpEarned, locale);
        String kindName = texts.text(activity.getKind().messageKey(), locale);
        Object[] args = {activity.getActivityNumber(), employee.name(), activity.getTitle(), kindName,
                coach, jp, kind == Kind.ACTIVITY_TASK_REMINDER ? texts.text("mail.task." + overdueTask, locale) : null};
        List<Detail> details = new ArrayList<>();
        details.add(new Detail(texts.text("mail.detail.activityNumber", locale), activity.getActivityNumber()));
        if (!to.username().equals(employee.username())) {
            details.add(new Detail(texts.text("mail.detail.employee", locale), employee.name()));
        }
        details.add(new Detail(texts.text("mail.detail.activity", locale), activity.getTitle() + " (" + kindName + ")"));
        if (kind == Kind.ACTIVITY_COMPLETED) {
            details.add(new Detail(texts.text("mail.detail.jp", locale), jp));
        }
        if (kind == Kind.SELF_PACED_REFUSED && activity.getVerificationNote() != null) {
            details.add(new Detail(texts.text("mail.detail.reason", locale), activity.getVerificationNote()));
        }
        String task = switch (kind) {
            case GUIDANCE_GOALS_REQUEST -> ActivityProcess.TASK_AGREE_GUIDANCE_GOALS;
            case GUIDANCE_LOG_OVERDUE -> ActivityProcess.TASK_LOG_GUIDANCE_SESSION;
            case GUIDANCE_RATING_REQUEST -> ActivityProcess.TASK_RATE_GUIDANCE;
            case EVENT_ATTENDANCE_REQUEST, EVENT_ATTENDANCE_REMINDER -> ActivityProcess.TASK_RECORD_EVENT_ATTENDANCE;
            case EVENT_REFLECTION_REQUEST -> ActivityProcess.TASK_FILL_EVENT_REFLECTION;
            case SELF_PACED_ENROLLED -> ActivityProcess.TASK_REPORT_SELF_PACED_COMPLETION;
            case SELF_PACED_VERIFICATION_REQUEST -> ActivityProcess.TASK_VERIFY_SELF_PACED_COMPLETION;
            case PLACEMENT_ASSESSMENT_REQUEST -> ActivityProcess.TASK_ASSESS_PLACEMENT;
            case ACTIVITY_REFLECTION_REQUEST -> ActivityProcess.TASK_FILL_ACTIVITY_REFLECTION;
            case STUDY_RETURN_REQUEST -> ActivityProcess.TASK_CONFIRM_RETURN_TO_DUTY;
            case ACTIVITY_TASK_REMINDER -> overdueTask;
            case EVENT_REGISTERED, SELF_PACED_REFUSED, PLACEMENT_STARTED, STUDY_STARTED, ACTIVITY_COMPLETED -> null;
        };
        return OutgoingEmail.notice(kind.name(), activity.getActivityNumber(), to,
                texts.text("mail." + kind.name() + ".subject", locale, args),
                texts.text("mail." + kind.name() + ".body", locale, args), details,
                task == null ? null : Link.toTask(task));
    }
}
