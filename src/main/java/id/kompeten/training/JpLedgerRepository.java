package id.kompeten.training;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpLedgerRepository extends JpaRepository<JpLedgerEntry, Long> {

    boolean existsByEnrollmentId(Long enrollmentId);

    java.util.Optional<JpLedgerEntry> findByLearningClaimId(Long learningClaimId);

    java.util.Optional<JpLedgerEntry> findByActivityId(Long activityId);

    List<JpLedgerEntry> findByCaseNumber(String caseNumber);

    List<JpLedgerEntry> findByEmployeeNipAndYear(String employeeNip, int year);
}
