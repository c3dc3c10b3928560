package id.kompeten.cases;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseDecisionRepository extends JpaRepository<CaseDecision, Long> {

    @Query("select d from CaseDecision d where d.caseNumber = ?1 order by d.decidedAt")
    List<CaseDecision> findByCaseNumberOrderByDecidedAt(String caseNumber);
}
