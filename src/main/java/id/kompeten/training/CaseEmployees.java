package id.kompeten.training;

import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.CaseVariables;
import id.kompeten.process.TrustedEngineCalls;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;

/**
 * Whose case a case number is, enrolled or not (from its enrolments, else from the case's process, running or
 * ended), so HR's changes can tell a case of another agency (404, as a missing one) from one that merely has
 * nothing to change (409).
 */
@Component
class CaseEmployees {

    private final EnrollmentRepository enrollments;
    private final EmployeeDirectory employees;
    private final HistoryService history;
    private final TrustedEngineCalls trusted;

    CaseEmployees(EnrollmentRepository enrollments, EmployeeDirectory employees, HistoryService history,
                  TrustedEngineCalls trusted) {
        this.enrollments = enrollments;
        this.employees = employees;
        this.history = history;
        this.trusted = trusted;
    }

    Optional<Employee> of(String caseNumber) {
        return enrollments.findFirstByCaseNumberOrderByEnrolledAtDescIdDesc(caseNumber).map(Enrollment::getEmployeeNip)
                .or(() -> fromProcess(caseNumber)).flatMap(employees::find);
    }

    private Optional<String> fromProcess(String caseNumber) {
        return trusted.call(() -> history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(CaseProcess.PROCESS_ID).processInstanceBusinessKey(caseNumber).listPage(0, 1)
                .stream().findFirst()
                .map(instance -> history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                        .variableName(CaseVariables.EMPLOYEE_NIP).listPage(0, 1))
                .flatMap(found -> found.stream().findFirst()).map(v -> (String) v.getValue()));
    }
}
