package id.kompeten.activity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivitySessionRepository extends JpaRepository<ActivitySession, Long> {

    List<ActivitySession> findByActivityIdOrderByHeldOnAscIdAsc(Long activityId);
}
