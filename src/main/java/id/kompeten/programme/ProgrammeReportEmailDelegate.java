package id.kompeten.programme;

import id.kompeten.process.ProgrammeProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Emails the published report to the agency's heads ({@link ProgrammeReportEmails}). */
@Component
class ProgrammeReportEmailDelegate implements JavaDelegate {

    private final ProgrammeReportEmails emails;

    ProgrammeReportEmailDelegate(ProgrammeReportEmails emails) {
        this.emails = emails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        emails.send((String) execution.getVariable(ProgrammeProcess.PROGRAMME_CODE),
                ((Number) execution.getVariable(ProgrammeProcess.REPORT_VERSION)).intValue());
    }
}
