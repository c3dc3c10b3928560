package id.kompeten.programme;

import id.kompeten.process.ProgrammeProcess;
import id.kompeten.report.ProgrammeReport;
import id.kompeten.report.ReportAssembly;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Has the report generate the programme's evaluation report from its cases as they are now and keeps it as a new version. */
@Component
class GenerateProgrammeReportDelegate implements JavaDelegate {

    private final ReportAssembly assembly;
    private final ProgrammeReports reports;

    GenerateProgrammeReportDelegate(ReportAssembly assembly, ProgrammeReports reports) {
        this.assembly = assembly;
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = (String) execution.getVariable(ProgrammeProcess.PROGRAMME_CODE);
        ProgrammeReport report = assembly.report(code, agency -> true)
                .orElseThrow(() -> new IllegalStateException("no programme " + code));
        execution.setVariable(ProgrammeProcess.REPORT_VERSION, reports.keep(report));
    }
}
