package id.kompeten.training;

import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.CaseVariables;
import id.kompeten.training.Enrollments.EnrollmentRefused;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_EnrollParticipant: takes a seat in the chosen session. A full session, an exhausted budget or a clash
 * throws Err_EnrollmentRefused, whose message goes back to HR's scheduling task.
 */
@Component
class EnrollParticipantDelegate implements JavaDelegate {

    private final Enrollments enrollments;

    EnrollParticipantDelegate(Enrollments enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseContext context = CaseContext.of(execution);
        Long sessionId = ((Number) execution.getVariable(CaseVariables.TRAINING_SESSION_ID)).longValue();
        Enrollment enrollment;
        try {
            enrollment = enrollments.enroll(context.caseNumber(), context.employeeNip(), context.round(), sessionId);
        } catch (EnrollmentRefused refused) {
            throw new BpmnError(CaseProcess.ERROR_ENROLLMENT_REFUSED, refused.getMessage());
        }
        execution.setVariables(EnrollmentChanges.timing(enrollment.getSession()));
        execution.removeVariable(CaseVariables.ENROLLMENT_REFUSAL);
    }
}
