package id.kompeten.agencyplan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyPlanRepository extends JpaRepository<AgencyPlan, Long> {

    Optional<AgencyPlan> findByAgencyAndPlanYear(String agency, int planYear);
}
