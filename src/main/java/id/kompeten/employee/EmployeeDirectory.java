package id.kompeten.employee;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to employees and what their positions require, for the other features.
 *
 * <p>An employee and a position found by their key are kept for {@link #KEPT_FOR}: a case's steps ask for the same
 * employee and supervisor some thirty times, each step in a transaction of its own. Nothing in Kompeten changes an
 * employee or a position (they come with the demo data or straight into the tables), so what is kept is a copy of
 * the row, never an entity of someone's transaction; a row added is found at once (a miss is not kept), one changed
 * in the tables is seen by every node within that time.
 */
@Service
@Transactional(readOnly = true)
public class EmployeeDirectory {

    /** How long a found employee or position is kept. */
    static final Duration KEPT_FOR = Duration.ofMinutes(1);
    /** More than an agency's employees; past it the copies are dropped and found again. */
    private static final int KEEPS_AT_MOST = 50_000;

    private final EmployeeRepository employees;
    private final PositionRequirementRepository requirements;
    private final CompetencyRepository competencies;
    private final PositionRepository positions;
    private final Kept<Employee> employeeCopies;
    private final Kept<String> positionNames;

    @Autowired
    EmployeeDirectory(EmployeeRepository employees, PositionRequirementRepository requirements,
                      CompetencyRepository competencies, PositionRepository positions) {
        this(employees, requirements, competencies, positions, System::nanoTime);
    }

    EmployeeDirectory(EmployeeRepository employees, PositionRequirementRepository requirements,
                      CompetencyRepository competencies, PositionRepository positions, LongSupplier nanoTime) {
        this.employees = employees;
        this.requirements = requirements;
        this.competencies = competencies;
        this.positions = positions;
        this.employeeCopies = new Kept<>(nanoTime);
        this.positionNames = new Kept<>(nanoTime);
    }

    /** The name of the employee's position (jabatan). */
    @Transactional(propagation = Propagation.SUPPORTS) // a copy kept needs no transaction
    public Optional<String> positionOf(Employee employee) {
        return positionNames.find(employee.getPositionCode(),
                code -> positions.findById(code).map(Position::getName));
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Employee> find(String nip) {
        return employeeCopies.find(nip, key -> employees.findById(key).map(EmployeeDirectory::copy));
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public Employee get(String nip) {
        return find(nip).orElseThrow(() -> new IllegalStateException("no employee " + nip));
    }

    private static Employee copy(Employee e) {
        return new Employee(e.getNip(), e.getName(), e.getEmail(), e.getUsername(), e.getAgency(), e.getUnit(),
                e.getPositionCode(), e.getSupervisorNip(), e.getLocale());
    }

    /** Values found by key, each kept for {@link #KEPT_FOR}; a key not found is asked again next time. */
    private static final class Kept<V> {

        private record Entry<V>(V value, long until) {}

        private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
        private final LongSupplier nanoTime;

        Kept(LongSupplier nanoTime) {
            this.nanoTime = nanoTime;
        }

        Optional<V> find(String key, Function<String, Optional<V>> load) {
            if (key == null) {
                return Optional.empty();
            }
            long now = nanoTime.getAsLong();
            Entry<V> entry = entries.get(key);
            if (entry != null && now - entry.until() < 0) {
                return Optional.of(entry.value());
            }
            Optional<V> found = load.apply(key);
            if (found.isPresent()) {
                if (entries.size() >= KEEPS_AT_MOST) {
                    entries.clear();
                }
                entries.put(key, new Entry<>(found.get(), now + KEPT_FOR.toNanos()));
            } else {
                entries.remove(key);
            }
            return found;
        }
    }

    /** The employee record of a Camunda user, if the user is an employee. */
    public Optional<Employee> byUsername(String username) {
        return employees.findByUsername(username);
    }

    /** The agency's heads: its employees who report to nobody in Kompeten (the head of the agency, of each dinas). */
    public List<Employee> headsOf(String agency) {
        return employees.findByAgencyAndSupervisorNipIsNullOrderByUsername(agency);
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Employee> supervisorOf(Employee employee) {
        return Optional.ofNullable(employee.getSupervisorNip()).flatMap(this::find);
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
