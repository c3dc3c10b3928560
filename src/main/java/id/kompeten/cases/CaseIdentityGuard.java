package id.kompeten.cases;

import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.forms.FormMessages;
import id.kompeten.process.CaseVariables;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Whoever completes a task may answer its form, not rewrite whose case it is: at the end of every user task
 * the case's identity variables must still be what the case record says (case number, employee, participant,
 * supervisor). A completion that sets one of them is refused with 400 naming it, and the case does not move;
 * otherwise a participant could make himself the supervisor who approves his own follow-up training.
 * The employee directory is the authority: a supervisor changed there must be changed in the running cases
 * too (no feature changes employees yet).
 */
@Component
class CaseIdentityGuard implements ExecutionListener {

    private final CaseRepository cases;
    private final EmployeeDirectory employees;
    private final FormMessages messages;

    CaseIdentityGuard(CaseRepository cases, EmployeeDirectory employees, FormMessages messages) {
        this.cases = cases;
        this.employees = employees;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateExecution execution) {
        // the business key cannot be changed by completing a task
        CompetencyCase competencyCase = cases.findById(execution.getProcessBusinessKey()).orElse(null);
        if (competencyCase == null) {
            return;
        }
        Employee employee = employees.get(competencyCase.getEmployeeNip());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put(CaseVariables.CASE_NUMBER, competencyCase.getCaseNumber());
        expected.put(CaseVariables.EMPLOYEE_NIP, employee.getNip());
        expected.put(CaseVariables.PARTICIPANT, employee.getUsername());
        expected.put(CaseVariables.SUPERVISOR, employees.supervisorOf(employee).map(Employee::getUsername).orElse(null));
        expected.forEach((name, value) -> {
            if (!Objects.equals(execution.getVariable(name), value)) {
                throw new FormFieldValidationException("caseIdentity",
                        messages.describe(java.util.List.of(new id.kompeten.forms.FieldError(name, "case.identity.readOnly"))));
            }
        });
    }
}
