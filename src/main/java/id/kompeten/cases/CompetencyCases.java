package id.kompeten.cases;

import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.employee.Nip;
import id.kompeten.forms.FieldError;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.CaseVariables;
import id.kompeten.process.TrustedEngineCalls;
import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import id.kompeten.forms.RequestRefused;
import org.springframework.http.HttpStatus;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens cases: our row and the process instance in one transaction, or neither. */
@Service
@Transactional
public class CompetencyCases {

    private final CaseRepository cases;
    private final CaseNumbers numbers;
    private final EmployeeDirectory directory;
    private final RuntimeService runtime;
    private final TrustedEngineCalls trusted;
    private final Clock clock;

    CompetencyCases(CaseRepository cases, CaseNumbers numbers, EmployeeDirectory directory, RuntimeService runtime,
                TrustedEngineCalls trusted, Clock clock) {
        this.cases = cases;
        this.numbers = numbers;
        this.directory = directory;
        this.runtime = runtime;
        this.trusted = trusted;
        this.clock = clock;
    }

    /** Refused input, naming the field; nothing was changed. */
    public static class InvalidCaseRequest extends RuntimeException {
        private final transient FieldError error;

        InvalidCaseRequest(FieldError error) {
            super(error.field() + ": " + error.code());
            this.error = error;
        }

        public FieldError error() {
            return error;
        }
    }

    /** The employee already has an open case for the year. */
    public static class CaseAlreadyOpen extends InvalidCaseRequest {
        CaseAlreadyOpen(FieldError error) {
            super(error);
        }
    }

    /** Opens a case on the system's behalf (tests); people open cases through {@link #open(String, Integer, String, Predicate)}, programmes through {@link #register}. */
    public CompetencyCase open(String employeeNip, Integer cycleYear, String openedBy) {
        return open(employeeNip, cycleYear, openedBy, employee -> true);
    }

    /** Opens a case if {@code mayOpen} allows it for the employee (HR of the employee's agency): else 403. */
    public CompetencyCase open(String employeeNip, Integer cycleYear, String openedBy, Predicate<Employee> mayOpen) {
        Registered registered = allocate(employeeNip, cycleYear, openedBy, mayOpen);
        CompetencyCase opened = registered.competencyCase();
        // nobody holds CREATE_INSTANCE: a case starts here, after the checks above, or not at all
        ProcessInstance instance = trusted.call(() -> runtime.startProcessInstanceByKey(CaseProcess.PROCESS_ID,
                opened.getCaseNumber(), registered.variables()));
        opened.started(instance.getId());
        return opened;
    }

    /** A new case row and the variables its process starts with. */
    public record Registered(CompetencyCase competencyCase, Map<String, Object> variables) {}

    /**
     * Registers a case whose process a programme's call activity starts (the variables go in through the call
     * activity, the case number as business key). The same checks as {@link #open}, without the access check:
     * the programme's creator passed it for the whole agency.
     */
    public Registered register(String employeeNip, Integer cycleYear, String openedBy) {
        return allocate(employeeNip, cycleYear, openedBy, employee -> true);
    }

    private Registered allocate(String employeeNip, Integer cycleYear, String openedBy, Predicate<Employee> mayOpen) {
        if (!Nip.isValid(employeeNip)) {
            throw new InvalidCaseRequest(new FieldError("employeeNip", "case.nip.invalid"));
        }
        int thisYear = Year.now(clock).getValue();
        if (cycleYear == null || cycleYear < thisYear - 1 || cycleYear > thisYear + 1) {
            throw new InvalidCaseRequest(new FieldError("cycleYear", "case.year.range",
                    String.valueOf(thisYear - 1), String.valueOf(thisYear + 1))); // text: not "2.025"
        }
        Employee employee = directory.find(employeeNip)
                .orElseThrow(() -> new InvalidCaseRequest(new FieldError("employeeNip", "case.employee.unknown", employeeNip)));
        if (!mayOpen.test(employee)) {
            throw new RequestRefused(HttpStatus.FORBIDDEN, new FieldError("employeeNip", "case.forbidden", employeeNip));
        }
        if (cases.existsByEmployeeNipAndCycleYearAndStatus(employeeNip, cycleYear, CaseStatus.OPEN)) {
            throw new CaseAlreadyOpen(new FieldError("employeeNip", "case.alreadyOpen", employeeNip,
                    String.valueOf(cycleYear)));
        }
        String supervisor = directory.supervisorOf(employee).map(Employee::getUsername)
                .orElseThrow(() -> new InvalidCaseRequest(new FieldError("employeeNip", "case.employee.unknown", employeeNip)));

        return newCase(employee, supervisor, cycleYear, openedBy);
    }

    private Registered newCase(Employee employee, String supervisor, int cycleYear, String openedBy) {
        String employeeNip = employee.getNip();
        // flushed: a programme links the case by JDBC in the same transaction
        CompetencyCase opened = cases.saveAndFlush(new CompetencyCase(numbers.next(cycleYear), employeeNip, cycleYear, openedBy,
                clock.instant()));
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.CASE_NUMBER, opened.getCaseNumber());
        variables.put(CaseVariables.EMPLOYEE_NIP, employeeNip);
        variables.put(CaseVariables.EMPLOYEE_NAME, employee.getName() + " (NIP " + employeeNip + ")");
        variables.put(CaseVariables.EMPLOYEE_UNIT, employee.getUnit());
        variables.put(CaseVariables.PARTICIPANT, employee.getUsername());
        variables.put(CaseVariables.SUPERVISOR, supervisor);
        variables.put(CaseVariables.ROUND, 1);
        return new Registered(opened, variables);
    }
}
