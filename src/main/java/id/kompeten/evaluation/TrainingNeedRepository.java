package id.kompeten.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingNeedRepository extends JpaRepository<TrainingNeed, Long> {

    List<TrainingNeed> findByCaseNumberAndRoundOrderByPriorityRankAscCompetencyCodeAsc(String caseNumber, int round);

    List<TrainingNeed> findByCaseNumberOrderByRoundAscPriorityRankAsc(String caseNumber);
}
