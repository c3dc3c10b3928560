package id.kompeten.activity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivitySessionRepository extends JpaRepository<ActivitySession, Long> {

    @Query("select s from ActivitySession s where s.activityId = ?1 order by s.heldOn, s.id")
    List<ActivitySession> findByActivityIdOrderByHeldOnAscIdAsc(Long activityId);
}
