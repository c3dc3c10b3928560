package id.kompeten.survey;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupervisorInterviewRepository extends JpaRepository<SupervisorInterview, Long> {

    List<SupervisorInterview> findByCaseNumber(String caseNumber);
}
