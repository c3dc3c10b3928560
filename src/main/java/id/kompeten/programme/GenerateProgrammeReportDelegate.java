package id.kompeten.programme;

import id.kompeten.process.ProgrammeProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Generates the programme's evaluation report from its cases as they are now and keeps it as a new version. */
@Component
class GenerateProgrammeReportDelegate implements JavaDelegate {

    private final Programmes programmes;
    private final ProgrammeReports reports;

    GenerateProgrammeReportDelegate(Programmes programmes, ProgrammeReports reports) {
        this.programmes = programmes;
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = (String) execution.getVariable(ProgrammeProcess.PROGRAMME_CODE);
        Programmes.ProgrammeReport report = programmes.report(code, agency -> true)
                .orElseThrow(() -> new IllegalStateException("no programme " + code));
        execution.setVariable(ProgrammeProcess.REPORT_VERSION, reports.keep(report));
    }
}
