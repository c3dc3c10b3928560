package id.kompeten.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** What every step needs to know of its case: number, employee, round, and who is acting. */
public record CaseContext(String caseNumber, String employeeNip, int round, String actor) {

    /** The system itself, for steps no person performs. */
    public static final String SYSTEM = "sistem";

    public static CaseContext of(DelegateTask task) {
        String actor = authenticatedUser(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
        return of(task, actor != null ? actor : task.getAssignee());
    }

    /** The actor is the user whose request runs this step (who completed the task before it), else the system. */
    public static CaseContext of(DelegateExecution execution) {
        String actor = authenticatedUser(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
        return of(execution, actor != null ? actor : SYSTEM);
    }

    private static CaseContext of(VariableScope scope, String actor) {
        Object round = scope.getVariable(CaseVariables.ROUND);
        return new CaseContext((String) scope.getVariable(CaseVariables.CASE_NUMBER),
                (String) scope.getVariable(CaseVariables.EMPLOYEE_NIP),
                round == null ? 1 : ((Number) round).intValue(), actor);
    }

    private static String authenticatedUser(Authentication authentication) {
        return authentication == null ? null : authentication.getUserId();
    }
}
