package id.kompeten.process;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history as Kompeten writes it (application.yaml, camunda.bpm.history-level): everything of the
 * full level — process and activity instances, tasks and who did them, identity links, incidents, the job log,
 * decisions, the user operation log, and each variable's value in ACT_HI_VARINST — except two things whose
 * record is our own tables:
 * <ul>
 * <li>variables kept to be shown alone: a task's own variables (the copies Tasklist's lists show; what a
 * form shows is worked out when it is read and is no variable) and the case's display texts
 * ({@link CaseVariables#SHOWN_ONLY}); they are runtime only, and their data is in the case file;</li>
 * <li>ACT_HI_DETAIL's log of every change of a variable, but for the values a process started with (which
 * Cockpit's restart from history reads): a figure's final value stays in ACT_HI_VARINST, each round's in a
 * row of its own (a new round removes and sets them anew), and their sources and corrections are in our
 * tables (evaluation_result, enrollment, case_decision, figure_correction).</li>
 * </ul>
 */
final class CaseHistory extends DbHistoryEventHandler {

    private static final Set<String> SHOWN_ONLY = Set.copyOf(CaseVariables.SHOWN_ONLY);

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable && !kept(variable)) {
            return;
        }
        super.handleEvent(event);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
        return Boolean.TRUE.equals(event.isInitial()) && super.shouldWriteHistoricDetail(event);
    }

    static boolean kept(HistoricVariableUpdateEventEntity variable) {
        return variable.getTaskId() == null && !SHOWN_ONLY.contains(variable.getVariableName());
    }
}
