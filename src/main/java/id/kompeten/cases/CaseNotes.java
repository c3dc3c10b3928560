package id.kompeten.cases;

import id.kompeten.process.CaseNote;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Puts what other features did to a case in its timeline, in their transaction. */
@Component
class CaseNotes {

    private final CaseTimeline timeline;

    CaseNotes(CaseTimeline timeline) {
        this.timeline = timeline;
    }

    @EventListener
    void on(CaseNote note) {
        timeline.stepDone(note.caseNumber(), note.stepId(), note.stepName(), note.actor(), note.detail());
    }
}
