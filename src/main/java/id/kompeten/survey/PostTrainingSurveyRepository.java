package id.kompeten.survey;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PostTrainingSurveyRepository extends JpaRepository<PostTrainingSurvey, Long> {

    @Query("select s from PostTrainingSurvey s where s.caseNumber = ?1")
    List<PostTrainingSurvey> findByCaseNumber(String caseNumber);
}
