package id.kompeten.employee;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EmployeeRepository extends JpaRepository<Employee, String> {

    Optional<Employee> findByUsername(String username);

    List<Employee> findByAgencyAndSupervisorNipIsNullOrderByUsername(String agency);
}
