package id.kompeten.training;

import java.time.Clock;
import java.time.Year;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The year the reminder is about: the one asked for, else this year. */
@Component
class FindStaffBelowTargetDelegate implements JavaDelegate {

    static final String YEAR = "jpYear";

    private final Clock clock;

    FindStaffBelowTargetDelegate(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object asked = execution.getVariable(YEAR);
        int year = asked instanceof Number n ? n.intValue() : Year.now(clock).getValue();
        execution.setVariable(YEAR, year); // the multi-instance after this step lists the supervisors
    }
}
