package id.kompeten.cases;

import id.kompeten.notification.MailSettings;
import org.springframework.stereotype.Component;

/** Timer durations and retry cycles the process reads from configuration: {@code ${caseTimers.onTheJobPeriod()}}. */
@Component("caseTimers")
public class CaseTimers {

    private final TimerSettings timers;
    private final ReminderSettings reminders;
    private final MailSettings mail;

    CaseTimers(TimerSettings timers, ReminderSettings reminders, MailSettings mail) {
        this.timers = timers;
        this.reminders = reminders;
        this.mail = mail;
    }

    /** ISO-8601 duration between the post-training survey and the supervisor interview. */
    public String onTheJobPeriod() {
        return timers.onTheJobPeriod();
    }

    /** Non-interrupting reminder on a user task left undone. */
    public String reminderAfter() {
        return reminders.reminderAfter();
    }

    /** Non-interrupting escalation (to the supervisor or HR) on a user task left undone longer. */
    public String escalationAfter() {
        return reminders.escalationAfter();
    }

    /**
     * Retry cycle of email, e.g. R5/PT5M: five tries in all, five minutes apart. The failedJobRetryTimeCycle of every
     * email step of the case process (which composes and records), and the cycle the email jobs that send are retried
     * on. The other processes read it from notification.EmailRetry; their versions deployed before still read it here.
     */
    public String mailRetryCycle() {
        return mail.retryCycle();
    }
}
