package id.kompeten.notification;

import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeDirectory;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Finds the people of a case: the participant and supervisor from the employee records, HR from Camunda's groups. */
@Component
class Recipients {

    static final String HR_GROUP = "hr-staff";

    private final EmployeeDirectory employees;
    private final IdentityService identity;

    /** Far above any BKPSDM's staff, below the engine's query limit (2000). */
    static final int MAX_HR_STAFF = 1000;

    Recipients(EmployeeDirectory employees, IdentityService identity) {
        this.employees = employees;
        this.identity = identity;
    }

    Recipient participant(String nip) {
        return of(employees.get(nip));
    }

    Optional<Recipient> supervisorOf(String nip) {
        return employees.supervisorOf(employees.get(nip)).map(Recipients::of);
    }

    /** Every member of hr-staff: a group task concerns whoever of them picks it up. */
    List<Recipient> hrStaff() {
        // a page, not list(): the engine refuses unbounded queries when a user (an admin re-running the job) is logged in
        return identity.createUserQuery().memberOfGroup(HR_GROUP).orderByUserId().asc().listPage(0, MAX_HR_STAFF).stream()
                .map(this::of).toList();
    }

    Optional<Recipient> user(String username) {
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
