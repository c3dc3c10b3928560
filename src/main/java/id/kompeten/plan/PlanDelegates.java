package id.kompeten.plan;

import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The plan's automatic steps. */
final class PlanDelegates {

    private PlanDelegates() {}

    /** Task_CheckPlanBudget: the approved plan's cost against the agency's budget left for the year. */
    @Component("checkPlanBudgetDelegate")
    static class CheckBudget implements JavaDelegate {

        private final DevelopmentPlans plans;

        CheckBudget(DevelopmentPlans plans) {
            this.plans = plans;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable(CaseVariables.PLAN_WITHIN_BUDGET,
                    plans.checkBudget(CaseContext.of(execution).caseNumber()));
        }
    }

    /** Task_StartPlannedActivities: the approved lines that are not a course become the case's activities. */
    @Component("startPlannedActivitiesDelegate")
    static class StartActivities implements JavaDelegate {

        private final DevelopmentPlans plans;

        StartActivities(DevelopmentPlans plans) {
            this.plans = plans;
        }

        @Override
        public void execute(DelegateExecution execution) {
            CaseContext context = CaseContext.of(execution);
            DevelopmentPlans.Running running = plans.startActivities(context.caseNumber(), context.employeeNip());
            execution.setVariable(CaseVariables.PLAN_HAS_COURSE, running.course());
            execution.setVariable(CaseVariables.PLAN_HAS_ACTIVITIES, !running.activityNumbers().isEmpty());
        }
    }
}
