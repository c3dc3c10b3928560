package id.kompeten.learning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LearningClaimRepository extends JpaRepository<LearningClaim, Long> {

    @Query("select c from LearningClaim c where c.claimNumber = ?1")
    Optional<LearningClaim> findByClaimNumber(String claimNumber);

    @Query("select c from LearningClaim c where c.employeeNip = ?1 order by c.submittedAt desc")
    List<LearningClaim> findByEmployeeNipOrderBySubmittedAtDesc(String employeeNip);

    @Query("""
            select count(c) > 0 from LearningClaim c where c.employeeNip = ?1 and c.certificateSha256 = ?2
            and c.status in ?3""")
    boolean existsByEmployeeNipAndCertificateSha256AndStatusIn(String employeeNip, String sha256,
                                                             Collection<ClaimStatus> statuses);
}
