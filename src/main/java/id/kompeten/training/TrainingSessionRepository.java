package id.kompeten.training;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

    @Query("""
            select s from TrainingSession s join fetch s.course c join fetch c.competency join fetch s.budget
            where c.competency.code in ?1 order by s.startsAt""")
    List<TrainingSession> findForCompetencies(Collection<String> competencyCodes);

    /** The session, locked until the transaction ends: seats are counted and taken one enrolment at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from TrainingSession s where s.id = ?1")
    Optional<TrainingSession> findForEnrolment(Long id);
}
