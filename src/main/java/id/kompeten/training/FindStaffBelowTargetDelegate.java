package id.kompeten.training;

import java.time.Clock;
import java.time.Year;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The year the reminder is about (asked for, else this year) and how many supervisors it goes to. */
@Component
class FindStaffBelowTargetDelegate implements JavaDelegate {

    static final String YEAR = "jpYear";
    static final String SUPERVISOR_COUNT = "supervisorCount";

    private final JpReminders reminders;
    private final Clock clock;

    FindStaffBelowTargetDelegate(JpReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object asked = execution.getVariable(YEAR);
        int year = asked instanceof Number n ? n.intValue() : Year.now(clock).getValue();
        execution.setVariable(YEAR, year);
        execution.setVariable(SUPERVISOR_COUNT, reminders.supervisors(year).size());
    }
}
