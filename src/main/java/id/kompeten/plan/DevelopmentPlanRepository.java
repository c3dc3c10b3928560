package id.kompeten.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface DevelopmentPlanRepository extends JpaRepository<DevelopmentPlan, String> {}
