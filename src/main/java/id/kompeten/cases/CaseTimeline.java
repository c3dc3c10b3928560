package id.kompeten.cases;

import id.kompeten.process.CaseVariables;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a case's timeline and its current step, in the engine's transaction. */
@Service
@Transactional
class CaseTimeline {

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final Clock clock;

    CaseTimeline(CaseRepository cases, CaseEventRepository events, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.clock = clock;
    }

    void stepDone(String caseNumber, String stepId, String stepName, String actor, String detail) {
        events.save(new CaseEvent(caseNumber, stepId, stepName == null ? stepId : stepName, actor, clock.instant(),
                detail));
    }

    /** Records the process instance of a case whose instance was started by a call activity. */
    void started(String caseNumber, String processInstanceId) {
        cases.findById(caseNumber).filter(c -> c.getProcessInstanceId() == null)
                .ifPresent(c -> c.started(processInstanceId));
    }

    void waitingAt(String caseNumber, String stepName, Object round) {
        cases.findById(caseNumber).ifPresent(c -> c.moveTo(stepName,
                round instanceof Number n ? n.intValue() : c.getRound()));
    }

    static String caseNumberOf(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return (String) scope.getVariable(CaseVariables.CASE_NUMBER);
    }
}
