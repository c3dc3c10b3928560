package id.kompeten.activity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<DevelopmentActivity, Long> {

    @Query("select a from DevelopmentActivity a where a.activityNumber = ?1")
    Optional<DevelopmentActivity> findByActivityNumber(String activityNumber);

    @Query("select a from DevelopmentActivity a where a.caseNumber = ?1 order by a.id")
    java.util.List<DevelopmentActivity> findByCaseNumberOrderByIdAsc(String caseNumber);
}
