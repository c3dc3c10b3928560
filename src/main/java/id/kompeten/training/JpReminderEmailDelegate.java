package id.kompeten.training;

import id.kompeten.notification.EmailKind;
import id.kompeten.notification.Notices;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One supervisor's reminder: their staff below the JP target, each with their JP so far (one email). */
@Component
class JpReminderEmailDelegate implements JavaDelegate {

    static final String SUPERVISOR = "supervisorUsername";

    private final JpReminders reminders;
    private final Notices notices;

    JpReminderEmailDelegate(JpReminders reminders, Notices notices) {
        this.reminders = reminders;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = ((Number) execution.getVariable(FindStaffBelowTargetDelegate.YEAR)).intValue();
        String supervisor = (String) execution.getVariable(SUPERVISOR);
        List<JpReminders.Behind> staff = reminders.staffOf(supervisor, year);
        if (staff.isEmpty()) {
            return; // they have caught up since the list was made
        }
        String target = reminders.target().stripTrailingZeros().toPlainString();
        List<Notices.Line> lines = staff.stream().map(s -> Notices.Line.literal(s.name() + " (NIP " + s.nip() + ")",
                s.jp().toPlainString() + " / " + target + " JP")).toList();
        notices.send(new Notices.Notice("JP-" + year, EmailKind.JP_BELOW_TARGET, supervisor,
                locale -> new Object[] {String.valueOf(year), String.valueOf(staff.size()), target},
                locale -> lines, null, null));
    }
}
