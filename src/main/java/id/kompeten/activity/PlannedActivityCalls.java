package id.kompeten.activity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * How a case runs an activity of its plan (Task_RunPlannedActivities): the called process is its family's,
 * started with the activity's own variables, not the case's; nothing comes back but the end, as the activity's
 * evidence is in its tables.
 */
@Component("plannedActivityCalls")
public class PlannedActivityCalls implements DelegateVariableMapping {

    /** The case's variable holding the number of the activity each call runs (the multi-instance element). */
    public static final String PLANNED_ACTIVITY = "plannedActivity";

    private final Activities activities;

    PlannedActivityCalls(Activities activities) {
        this.activities = activities;
    }

    /** The called element: the process of the activity's family. */
    public String processOf(String activityNumber) {
        return activities.processOf(activities.byNumber(activityNumber));
    }

    @Override
    public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
        subVariables.putAll(activities.variablesOf((String) superExecution.getVariable(PLANNED_ACTIVITY)));
    }

    @Override
    public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {
        // the activity's evidence stays in its tables; the case reads it from there
    }
}
