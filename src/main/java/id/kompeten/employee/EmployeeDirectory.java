package id.kompeten.employee;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to employees and what their positions require, for the other features. */
@Service
@Transactional(readOnly = true)
public class EmployeeDirectory {

    private final EmployeeRepository employees;
    private final PositionRequirementRepository requirements;
    private final CompetencyRepository competencies;
    private final PositionRepository positions;

    EmployeeDirectory(EmployeeRepository employees, PositionRequirementRepository requirements,
                      CompetencyRepository competencies, PositionRepository positions) {
        this.employees = employees;
        this.requirements = requirements;
        this.competencies = competencies;
        this.positions = positions;
    }

    /** The name of the employee's position (jabatan). */
    public Optional<String> positionOf(Employee employee) {
        return positions.findById(employee.getPositionCode()).map(Position::getName);
    }

    public Optional<Employee> find(String nip) {
        return employees.findById(nip);
    }

    public Employee get(String nip) {
        return employees.findById(nip).orElseThrow(() -> new IllegalStateException("no employee " + nip));
    }

    /** The employee record of a Camunda user, if the user is an employee. */
    public Optional<Employee> byUsername(String username) {
        return employees.findByUsername(username);
    }

    /** The agency's heads: its employees who report to nobody in Kompeten (the head of the agency, of each dinas). */
    public List<Employee> headsOf(String agency) {
        return employees.findByAgencyAndSupervisorNipIsNullOrderByUsername(agency);
    }

    public Optional<Employee> supervisorOf(Employee employee) {
        return Optional.ofNullable(employee.getSupervisorNip()).flatMap(employees::findById);
    }

    /** The competencies the employee's position requires, with levels, ordered by code. */
    public List<PositionRequirement> requirementsOf(Employee employee) {
        return requirements.findByPosition(employee.getPositionCode());
    }

    public Competency competency(String code) {
        return findCompetency(code).orElseThrow(() -> new IllegalStateException("no competency " + code));
    }

    /** A competency by its code, if there is one (a code typed by a user). */
    public Optional<Competency> findCompetency(String code) {
        return competencies.findById(code);
    }
}
