package id.kompeten.employee;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EmployeeRepository extends JpaRepository<Employee, String> {

    @Query("select e from Employee e where e.username = ?1")
    Optional<Employee> findByUsername(String username);

    @Query("select e from Employee e where e.agency = ?1 and e.supervisorNip is null order by e.username")
    List<Employee> findByAgencyAndSupervisorNipIsNullOrderByUsername(String agency);
}
