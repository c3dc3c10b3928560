package id.kompeten.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationResultRepository extends JpaRepository<EvaluationResult, Long> {

    List<EvaluationResult> findByCaseNumberOrderByEvaluatedAtAscIdAsc(String caseNumber);

    Optional<EvaluationResult> findFirstByCaseNumberAndRoundAndMeasureOrderByIdDesc(String caseNumber, int round,
                                                                                   String measure);
}
