package id.kompeten.survey;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CompetencyRatingRepository extends JpaRepository<CompetencyRating, Long> {

    @Query("select r from CompetencyRating r where r.caseNumber = ?1 and r.round = ?2 and r.source = ?3")
    List<CompetencyRating> findByCaseNumberAndRoundAndSource(String caseNumber, int round, RatingSource source);

    @Query("select r from CompetencyRating r where r.caseNumber = ?1 order by r.ratedAt")
    List<CompetencyRating> findByCaseNumberOrderByRatedAt(String caseNumber);
}
