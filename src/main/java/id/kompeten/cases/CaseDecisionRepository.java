package id.kompeten.cases;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseDecisionRepository extends JpaRepository<CaseDecision, Long> {

    List<CaseDecision> findByCaseNumberOrderByDecidedAt(String caseNumber);
}
