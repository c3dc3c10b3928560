package id.kompeten.employee;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PositionRequirementRepository extends JpaRepository<PositionRequirement, PositionRequirement.Key> {

    @Query("select r from PositionRequirement r join fetch r.competency c where r.positionCode = ?1 order by c.code")
    List<PositionRequirement> findByPosition(String positionCode);
}
