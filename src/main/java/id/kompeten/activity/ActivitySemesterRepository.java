package id.kompeten.activity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivitySemesterRepository extends JpaRepository<ActivitySemester, Long> {

    List<ActivitySemester> findByActivityIdOrderBySemesterAsc(Long activityId);
}
