package id.kompeten.agencyplan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgencyPlanLineRepository extends JpaRepository<AgencyPlanLine, Long> {

    @Query("select l from AgencyPlanLine l where l.planId = ?1 order by l.lineNo")
    List<AgencyPlanLine> findByPlanIdOrderByLineNo(long planId);
}
