package id.kompeten.security;

import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeDirectory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which case through our /api (Camunda's authorizations guard the engine; these
 * rules guard our own tables): an administrator everything; HR staff the cases of the agency they serve;
 * a supervisor the cases of the employees they supervise; everyone their own record and case.
 * HR's agency is their employee record's, else the Camunda user info {@code agency} set in Admin.
 */
@Component
public class CaseAccess {

    static final String AGENCY_INFO = "agency";

    private final EmployeeDirectory employees;
    private final IdentityService identity;

    CaseAccess(EmployeeDirectory employees, IdentityService identity) {
        this.employees = employees;
        this.identity = identity;
    }

    /** May the caller read the case file of this employee? */
    public boolean mayRead(Employee subject) {
        Authentication caller = caller();
        if (caller == null) {
            return false;
        }
        if (has(caller, Roles.ADMIN) || mayManage(subject)) {
            return true;
        }
        if (caller.getName().equals(subject.getUsername())) {
            return true; // everyone reads their own record (a supervisor his own JP ledger), whatever their group
        }
        Optional<Employee> self = employees.byUsername(caller.getName());
        return has(caller, Roles.SUPERVISORS) && self.isPresent()
                && Objects.equals(subject.getSupervisorNip(), self.get().getNip());
    }

    /** May the caller open and change cases of this employee (HR of the employee's agency, or an administrator)? */
    public boolean mayManage(Employee subject) {
        return mayManageAgency(subject.getAgency());
    }

    /** May the caller manage the cases and sessions of this agency? */
    public boolean mayManageAgency(String agency) {
        Authentication caller = caller();
        if (caller == null) {
            return false;
        }
        if (has(caller, Roles.ADMIN)) {
            return true;
        }
        return has(caller, Roles.HR_STAFF) && agencyServed().map(served -> served.equals(agency)).orElse(false);
    }

    /**
     * Does the engine's authenticated user (a task's completer, through Tasklist, /engine-rest or a step the
     * application runs as someone) manage this agency: an administrator, or HR staff serving it? For checks inside
     * the engine, where Spring's caller is not always the engine's.
     */
    public boolean engineUserManagesAgency(String agency) {
        var authentication = identity.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return false;
        }
        List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        if (groups.contains(Roles.ADMIN)) {
            return true;
        }
        String user = authentication.getUserId();
        return groups.contains(Roles.HR_STAFF) && employees.byUsername(user).map(Employee::getAgency)
                .or(() -> Optional.ofNullable(identity.getUserInfo(user, AGENCY_INFO))).map(agency::equals).orElse(false);
    }

    /** The agency an HR caller serves; empty for an administrator (all) and for everyone else. */
    public Optional<String> agencyServed() {
        Authentication caller = caller();
        if (caller == null || !has(caller, Roles.HR_STAFF)) {
            return Optional.empty();
        }
        return employees.byUsername(caller.getName()).map(Employee::getAgency)
                .or(() -> Optional.ofNullable(identity.getUserInfo(caller.getName(), AGENCY_INFO)));
    }

    /** The logged-in caller's user id, or "" for none. */
    public String callerName() {
        Authentication caller = caller();
        return caller == null ? "" : caller.getName();
    }

    public boolean isAdmin() {
        Authentication caller = caller();
        return caller != null && has(caller, Roles.ADMIN);
    }

    private static Authentication caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() ? authentication : null;
    }

    private static boolean has(Authentication caller, String role) {
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(role::equals);
    }
}
