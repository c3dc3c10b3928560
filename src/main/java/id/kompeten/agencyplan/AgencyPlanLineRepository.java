package id.kompeten.agencyplan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyPlanLineRepository extends JpaRepository<AgencyPlanLine, Long> {

    List<AgencyPlanLine> findByPlanIdOrderByLineNo(long planId);
}
