package id.kompeten.activity;

import id.kompeten.forms.FormSpec;
import id.kompeten.forms.TaskForm;
import id.kompeten.process.ActivityProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;

/** A form of an activity's task: it shows the activity so far, and records its answers through {@link Activities}. */
abstract class ActivityForm implements TaskForm {

    protected final Activities activities;
    private final ActivitySummaries summaries;
    private final FormSpec spec;

    ActivityForm(Activities activities, ActivitySummaries summaries, FormSpec spec) {
        this.activities = activities;
        this.summaries = summaries;
        this.spec = spec;
    }

    @Override
    public FormSpec spec() {
        return spec;
    }

    @Override
    public void prepare(DelegateTask task) {
        summaries.name(task);
    }

    @Override
    public void show(DelegateTask task, VariableMap shown) {
        summaries.show(task, shown);
    }

    static long activityId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ActivityProcess.ACTIVITY_ID)).longValue();
    }
}
