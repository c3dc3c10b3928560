package id.kompeten.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvaluationResultRepository extends JpaRepository<EvaluationResult, Long> {

    @Query("select r from EvaluationResult r where r.caseNumber = ?1 order by r.evaluatedAt, r.id")
    List<EvaluationResult> findByCaseNumberOrderByEvaluatedAtAscIdAsc(String caseNumber);

    @Query("""
            select r from EvaluationResult r where r.caseNumber = ?1 and r.round = ?2 and r.measure = ?3
            order by r.id desc limit 1""")
    Optional<EvaluationResult> findFirstByCaseNumberAndRoundAndMeasureOrderByIdDesc(String caseNumber, int round,
                                                                                   String measure);
}
