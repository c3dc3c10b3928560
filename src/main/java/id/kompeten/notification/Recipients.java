package id.kompeten.notification;

import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeDirectory;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Finds whom an email goes to, as {@link Recipient} values: an employee and their supervisor from the employee
 * records, HR and any other user from Camunda's users and groups.
 */
@Component
public class Recipients {

    static final String HR_GROUP = "hr-staff";

    private final EmployeeDirectory employees;
    private final IdentityService identity;

    /** Far above any BKPSDM's staff, below the engine's query limit (2000). */
    static final int MAX_HR_STAFF = 1000;

    Recipients(EmployeeDirectory employees, IdentityService identity) {
        this.employees = employees;
        this.identity = identity;
    }

    /** The employee of this NIP (a case's participant). */
    public Recipient participant(String nip) {
        return of(employees.get(nip));
    }

    public Optional<Recipient> supervisorOf(String nip) {
        return employees.supervisorOf(employees.get(nip)).map(Recipients::of);
    }

    /** Every member of hr-staff: a group task concerns whoever of them picks it up. */
    public List<Recipient> hrStaff() {
        // a page, not list(): the engine refuses unbounded queries when a user (an admin re-running the job) is logged in
        return identity.createUserQuery().memberOfGroup(HR_GROUP).orderByUserId().asc().listPage(0, MAX_HR_STAFF).stream()
                .map(this::of).toList();
    }

    /** A Camunda user; empty for a username Camunda does not know. */
    public Optional<Recipient> user(String username) {
        return Optional.ofNullable(identity.createUserQuery().userId(username).singleResult()).map(this::of);
    }

    private Recipient of(User user) {
        Optional<Employee> employee = employees.byUsername(user.getId());
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        String address = user.getEmail() != null && !user.getEmail().isBlank() ? user.getEmail()
                : employee.map(Employee::getEmail).orElse(null);
        return new Recipient(user.getId(), name.isEmpty() ? user.getId() : name, address,
                Recipient.localeOf(employee.map(Employee::getLocale).orElse(null)));
    }

    private static Recipient of(Employee employee) {
        return new Recipient(employee.getUsername(), employee.getName(), employee.getEmail(),
                Recipient.localeOf(employee.getLocale()));
    }
}
