package id.kompeten.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EmailMessageRepository extends JpaRepository<EmailMessage, Long> {

    @Query("select m from EmailMessage m where m.caseNumber = ?1 order by m.requestedAt, m.id")
    List<EmailMessage> findByCaseNumberOrderByRequestedAtAscIdAsc(String caseNumber);
}
