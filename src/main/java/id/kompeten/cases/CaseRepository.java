package id.kompeten.cases;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<CompetencyCase, String> {

    @Query("select count(c) > 0 from CompetencyCase c where c.employeeNip = ?1 and c.cycleYear = ?2 and c.status = ?3")
    boolean existsByEmployeeNipAndCycleYearAndStatus(String employeeNip, int cycleYear, CaseStatus status);

    @Query("select c from CompetencyCase c where c.processInstanceId = ?1")
    Optional<CompetencyCase> findByProcessInstanceId(String processInstanceId);

    @Query("""
            select c from CompetencyCase c, Employee e where e.nip = c.employeeNip
            and (:status is null or c.status = :status)
            and (:agency is null or e.agency = :agency)
            and (:year is null or c.cycleYear = :year)""")
    Page<CompetencyCase> search(CaseStatus status, String agency, Integer year, Pageable pageable);
}
