package id.kompeten.survey;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompetencyRatingRepository extends JpaRepository<CompetencyRating, Long> {

    List<CompetencyRating> findByCaseNumberAndRoundAndSource(String caseNumber, int round, RatingSource source);

    List<CompetencyRating> findByCaseNumberOrderByRatedAt(String caseNumber);
}
