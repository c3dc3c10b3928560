package id.kompeten.training;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgrammeBudgetRepository extends JpaRepository<ProgrammeBudget, String> {}
