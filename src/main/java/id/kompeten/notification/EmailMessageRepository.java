package id.kompeten.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmailMessageRepository extends JpaRepository<EmailMessage, Long> {

    List<EmailMessage> findByCaseNumberOrderByRequestedAtAscIdAsc(String caseNumber);
}
