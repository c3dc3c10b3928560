package id.kompeten.programme;

import id.kompeten.cases.CompetencyCases;
import id.kompeten.process.ProgrammeProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Start of each instance of the programme's call activity: registers the participant's case (its number
 * becomes the called process's business key) and links it to the programme. The call activity passes the
 * variables set here into the new CompetencyDevelopmentProcess.
 */
@Component
class ProgrammeCaseListener implements ExecutionListener {

    private final CompetencyCases cases;
    private final JdbcTemplate jdbc;

    ProgrammeCaseListener(CompetencyCases cases, JdbcTemplate jdbc) {
        this.cases = cases;
        this.jdbc = jdbc;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String code = (String) execution.getVariable(ProgrammeProcess.PROGRAMME_CODE);
        String nip = (String) execution.getVariableLocal(ProgrammeProcess.PARTICIPANT_NIP);
        int year = ((Number) execution.getVariable(ProgrammeProcess.PROGRAMME_YEAR)).intValue();
        CompetencyCases.Registered registered = cases.register(nip, year,
                (String) execution.getVariable(ProgrammeProcess.PROGRAMME_OWNER));
        execution.setVariablesLocal(registered.variables());
        jdbc.update("insert into programme_case (programme_code, case_number) values (?, ?)", code,
                registered.competencyCase().getCaseNumber());
    }
}
