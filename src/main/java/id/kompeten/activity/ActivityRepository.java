package id.kompeten.activity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<DevelopmentActivity, Long> {

    Optional<DevelopmentActivity> findByActivityNumber(String activityNumber);

    java.util.List<DevelopmentActivity> findByCaseNumberOrderByIdAsc(String caseNumber);
}
