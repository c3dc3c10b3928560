package id.kompeten.training;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JpLedgerRepository extends JpaRepository<JpLedgerEntry, Long> {

    @Query("select count(j) > 0 from JpLedgerEntry j where j.enrollmentId = ?1")
    boolean existsByEnrollmentId(Long enrollmentId);

    @Query("select j from JpLedgerEntry j where j.learningClaimId = ?1")
    java.util.Optional<JpLedgerEntry> findByLearningClaimId(Long learningClaimId);

    @Query("select j from JpLedgerEntry j where j.activityId = ?1")
    java.util.Optional<JpLedgerEntry> findByActivityId(Long activityId);

    @Query("select j from JpLedgerEntry j where j.caseNumber = ?1")
    List<JpLedgerEntry> findByCaseNumber(String caseNumber);

    @Query("select j from JpLedgerEntry j where j.employeeNip = ?1 and j.year = ?2")
    List<JpLedgerEntry> findByEmployeeNipAndYear(String employeeNip, int year);
}
