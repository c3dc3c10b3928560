package id.kompeten.survey;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupervisorInterviewRepository extends JpaRepository<SupervisorInterview, Long> {

    @Query("select i from SupervisorInterview i where i.caseNumber = ?1")
    List<SupervisorInterview> findByCaseNumber(String caseNumber);
}
