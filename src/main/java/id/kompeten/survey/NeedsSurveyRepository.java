package id.kompeten.survey;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NeedsSurveyRepository extends JpaRepository<NeedsSurvey, Long> {

    @Query("select s from NeedsSurvey s where s.caseNumber = ?1")
    List<NeedsSurvey> findByCaseNumber(String caseNumber);
}
