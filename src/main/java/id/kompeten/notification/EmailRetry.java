package id.kompeten.notification;

import org.springframework.stereotype.Component;

/**
 * The retry cycle of email steps for the processes of features other than the case, {@code ${emailRetry.cycle()}}
 * (the JP reminder's and the programme's; the case process has its own timers bean, cases.CaseTimers, which reads
 * the same setting): a feature's process need not reach into the case's feature for it.
 */
@Component("emailRetry")
public class EmailRetry {

    private final MailSettings mail;

    EmailRetry(MailSettings mail) {
        this.mail = mail;
    }

    /**
     * {@code kompeten.mail.retry-cycle}, e.g. R5/PT5M: five tries in all, five minutes apart. The
     * failedJobRetryTimeCycle of an email step (which composes and records); the email jobs that send are retried on
     * the same cycle.
     */
    public String cycle() {
        return mail.retryCycle();
    }
}
