package id.kompeten.learning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LearningClaimRepository extends JpaRepository<LearningClaim, Long> {

    Optional<LearningClaim> findByClaimNumber(String claimNumber);

    List<LearningClaim> findByEmployeeNipOrderBySubmittedAtDesc(String employeeNip);

    boolean existsByEmployeeNipAndCertificateSha256AndStatusIn(String employeeNip, String sha256,
                                                             Collection<ClaimStatus> statuses);
}
