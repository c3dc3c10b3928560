package id.kompeten.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanLineRepository extends JpaRepository<PlanLine, Long> {

    @Query("select l from PlanLine l where l.caseNumber = ?1 order by l.id")
    List<PlanLine> findByCaseNumberOrderByIdAsc(String caseNumber);
}
