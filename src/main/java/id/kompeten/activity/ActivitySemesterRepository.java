package id.kompeten.activity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivitySemesterRepository extends JpaRepository<ActivitySemester, Long> {

    @Query("select s from ActivitySemester s where s.activityId = ?1 order by s.semester")
    List<ActivitySemester> findByActivityIdOrderBySemesterAsc(Long activityId);
}
