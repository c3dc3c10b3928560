package id.kompeten.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanLineRepository extends JpaRepository<PlanLine, Long> {

    List<PlanLine> findByCaseNumberOrderByIdAsc(String caseNumber);
}
