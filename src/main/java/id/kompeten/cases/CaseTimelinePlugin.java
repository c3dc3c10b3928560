package id.kompeten.cases;

import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.CaseVariables;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every case its timeline without a listener in each diagram element: a parse listener adds to every
 * task and event of a case a listener that records the step, who did it and when, and keeps the case's
 * current step (email steps included). New steps are covered as soon as they are drawn.
 */
@Component
class CaseTimelinePlugin extends AbstractProcessEnginePlugin {

    private final CaseTimeline timeline;
    private final CaseIdentityGuard identityGuard;
    private final TaskLabels labels;
    private final ReminderSettings reminders;

    CaseTimelinePlugin(CaseTimeline timeline, CaseIdentityGuard identityGuard, TaskLabels labels,
                       ReminderSettings reminders) {
        this.timeline = timeline;
        this.identityGuard = identityGuard;
        this.labels = labels;
        this.reminders = reminders;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new ParseListener());
    }

    private final class ParseListener extends AbstractBpmnParseListener {

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (!ofCase(activity)) {
                return;
            }
            var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            definition.addTaskListener(TaskListener.EVENTNAME_CREATE, (TaskListener) CaseTimelinePlugin.this::waiting);
            definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, (TaskListener) CaseTimelinePlugin.this::taskDone);
            // and on every user task: a completion may not rewrite whose case it is
            activity.addListener(ExecutionListener.EVENTNAME_END, identityGuard);
        }

        @Override
        public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (!ofCase(activity)) {
                return;
            }
            activity.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) CaseTimelinePlugin.this::stepDone);
        }

        @Override
        public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (!ofCase(activity)) {
                return;
            }
            activity.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) CaseTimelinePlugin.this::stepDone);
        }

        @Override
        public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (!ofCase(activity)) {
                return;
            }
            // a case opened by a programme's call activity learns its process instance here
            activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) CaseTimelinePlugin.this::started);
            activity.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) CaseTimelinePlugin.this::stepDone);
        }

        @Override
        public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (!ofCase(activity)) {
                return;
            }
            activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) CaseTimelinePlugin.this::eventWaiting);
            activity.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) CaseTimelinePlugin.this::stepDone);
        }

        @Override
        public void parseIntermediateThrowEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (!ofCase(activity)) {
                return;
            }
            activity.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) CaseTimelinePlugin.this::stepDone);
        }

        @Override
        public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (!ofCase(activity)) {
                return;
            }
            activity.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) CaseTimelinePlugin.this::stepDone);
        }

        @Override
        public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (!ofCase(activity)) {
                return;
            }
            activity.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) CaseTimelinePlugin.this::stepDone);
        }
    }

    /** Only cases have a timeline: a programme's own process (TrainingProgramProcess) has none. */
    private static boolean ofCase(ActivityImpl activity) {
        return activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
                && CaseProcess.PROCESS_ID.equals(definition.getKey());
    }

    private void started(DelegateExecution execution) {
        String caseNumber = CaseTimeline.caseNumberOf(execution);
        if (caseNumber != null) {
            timeline.started(caseNumber, execution.getProcessInstanceId());
        }
    }

    private void waiting(DelegateTask task) {
        String caseNumber = CaseTimeline.caseNumberOf(task);
        if (caseNumber != null) {
            timeline.waitingAt(caseNumber, stepName(task), task.getVariable(CaseVariables.ROUND));
            labels.label(task, reminders.reminderAfter(), reminders.escalationAfter());
        }
    }

    private void taskDone(DelegateTask task) {
        String caseNumber = CaseTimeline.caseNumberOf(task);
        if (caseNumber != null) {
            timeline.stepDone(caseNumber, task.getTaskDefinitionKey(), stepName(task), CaseContext.of(task).actor(), null);
        }
    }

    /** The step as the diagram names it (the task's own name also says whose case it is). */
    private static String stepName(DelegateTask task) {
        return task.getBpmnModelElementInstance().getName();
    }

    private void eventWaiting(DelegateExecution execution) {
        String caseNumber = CaseTimeline.caseNumberOf(execution);
        if (caseNumber != null) {
            timeline.waitingAt(caseNumber, execution.getCurrentActivityName(), execution.getVariable(CaseVariables.ROUND));
        }
    }

    private void stepDone(DelegateExecution execution) {
        String caseNumber = CaseTimeline.caseNumberOf(execution);
        if (caseNumber != null) {
            Object refusal = execution.getVariable(CaseVariables.ENROLLMENT_REFUSAL);
            String detail = execution.getCurrentActivityId().equals("BoundaryEvent_EnrollmentRefused") && refusal != null
                    ? refusal.toString() : null;
            timeline.stepDone(caseNumber, execution.getCurrentActivityId(), execution.getCurrentActivityName(),
                    CaseContext.SYSTEM, detail);
        }
    }
}
