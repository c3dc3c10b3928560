package id.kompeten.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingNeedRepository extends JpaRepository<TrainingNeed, Long> {

    @Query("""
            select n from TrainingNeed n where n.caseNumber = ?1 and n.round = ?2
            order by n.priorityRank, n.competencyCode""")
    List<TrainingNeed> findByCaseNumberAndRoundOrderByPriorityRankAscCompetencyCodeAsc(String caseNumber, int round);

    @Query("select n from TrainingNeed n where n.caseNumber = ?1 order by n.round, n.priorityRank")
    List<TrainingNeed> findByCaseNumberOrderByRoundAscPriorityRankAsc(String caseNumber);
}
