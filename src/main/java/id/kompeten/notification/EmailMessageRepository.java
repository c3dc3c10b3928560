package id.kompeten.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmailMessageRepository extends JpaRepository<EmailMessage, Long> {

    Optional<EmailMessage> findByIdempotencyKey(String idempotencyKey);

    List<EmailMessage> findByCaseNumberOrderByRequestedAtAscIdAsc(String caseNumber);
}
