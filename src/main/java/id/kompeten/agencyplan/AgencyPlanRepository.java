package id.kompeten.agencyplan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgencyPlanRepository extends JpaRepository<AgencyPlan, Long> {

    @Query("select p from AgencyPlan p where p.agency = ?1 and p.planYear = ?2")
    Optional<AgencyPlan> findByAgencyAndPlanYear(String agency, int planYear);
}
