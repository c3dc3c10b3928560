package id.kompeten.programme;

import id.kompeten.process.ProgrammeProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the reviewed version as published; the next step emails it to the agency's heads. */
@Component
class PublishProgrammeReportDelegate implements JavaDelegate {

    private final ProgrammeReports reports;

    PublishProgrammeReportDelegate(ProgrammeReports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.published((String) execution.getVariable(ProgrammeProcess.PROGRAMME_CODE),
                ((Number) execution.getVariable(ProgrammeProcess.REPORT_VERSION)).intValue());
    }
}
