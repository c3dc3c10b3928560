package id.kompeten.cases;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

    @Query("select e from CaseEvent e where e.caseNumber = ?1 order by e.occurredAt, e.id")
    List<CaseEvent> findByCaseNumberOrderByOccurredAtAscIdAsc(String caseNumber);
}
