package id.kompeten.survey;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostTrainingSurveyRepository extends JpaRepository<PostTrainingSurvey, Long> {

    List<PostTrainingSurvey> findByCaseNumber(String caseNumber);
}
