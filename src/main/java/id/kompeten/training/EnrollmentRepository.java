package id.kompeten.training;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    @Query("select e from Enrollment e where e.caseNumber = ?1 order by e.enrolledAt")
    List<Enrollment> findByCaseNumberOrderByEnrolledAt(String caseNumber);

    @Query("select e from Enrollment e where e.caseNumber = ?1 and e.status = ?2 order by e.enrolledAt desc limit 1")
    Optional<Enrollment> findFirstByCaseNumberAndStatusOrderByEnrolledAtDesc(String caseNumber, EnrollmentStatus status);

    @Query("select e from Enrollment e where e.caseNumber = ?1 order by e.enrolledAt desc, e.id desc limit 1")
    Optional<Enrollment> findFirstByCaseNumberOrderByEnrolledAtDescIdDesc(String caseNumber);

    @Query("select e from Enrollment e where e.session.id = ?1 and e.status = ?2")
    List<Enrollment> findBySessionIdAndStatus(Long sessionId, EnrollmentStatus status);

    @Query("select count(e) from Enrollment e where e.session.id = ?1 and e.status in ?2")
    long countBySessionIdAndStatusIn(Long sessionId, Collection<EnrollmentStatus> statuses);

    @Query("""
            select e from Enrollment e join fetch e.session where e.employeeNip = ?1 and e.status in ?2""")
    List<Enrollment> findActiveOf(String employeeNip, Collection<EnrollmentStatus> statuses);

    /** What a budget has committed: the cost of every seat not lost to absence. */
    @Query("""
            select coalesce(sum(e.cost), 0) from Enrollment e
            where e.session.budget.code = ?1 and e.status in ?2""")
    BigDecimal committedOn(String budgetCode, Collection<EnrollmentStatus> statuses);

    /** Seats taken per session, in one query for the whole offer. */
    @Query("""
            select e.session.id, count(e) from Enrollment e
            where e.session.id in ?1 and e.status in ?2 group by e.session.id""")
    List<Object[]> seatsTaken(Collection<Long> sessionIds, Collection<EnrollmentStatus> statuses);
}
