package id.kompeten.survey;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NeedsSurveyRepository extends JpaRepository<NeedsSurvey, Long> {

    List<NeedsSurvey> findByCaseNumber(String caseNumber);
}
