package id.kompeten.cases;

import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.process.CaseVariables;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Every task of a case says whose case it is, in Tasklist's list and its header: "Isi survei kebutuhan
 * pelatihan — Andi Pratama · KMP-2026-000001", and for HR's queue also the employee's position. Its follow-up
 * date is when the reminder goes out and its due date when it is escalated, so Tasklist sorts and flags
 * what is late. Set when the task is created; the step's own name stays in the diagram and the timeline.
 */
@Component
class TaskLabels {

    static final int MAX_NAME = 255;

    private final EmployeeDirectory employees;

    TaskLabels(EmployeeDirectory employees) {
        this.employees = employees;
    }

    void label(DelegateTask task, String reminderAfter, String escalationAfter) {
        String caseNumber = (String) task.getVariable(CaseVariables.CASE_NUMBER);
        String nip = (String) task.getVariable(CaseVariables.EMPLOYEE_NIP);
        Employee employee = nip == null ? null : employees.find(nip).orElse(null);
        if (caseNumber == null || employee == null) {
            return;
        }
        String step = task.getBpmnModelElementInstance().getName();
        StringBuilder name = new StringBuilder(step).append(" — ").append(employee.getName()).append(" · ").append(caseNumber);
        boolean queue = task.getCandidates().stream().anyMatch(link -> link.getGroupId() != null
                && IdentityLinkType.CANDIDATE.equals(link.getType()));
        if (queue) {
            employees.positionOf(employee).ifPresent(position -> name.append(" · ").append(position));
        }
        task.setName(name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name.toString());
        Date now = ClockUtil.getCurrentTime();
        task.setFollowUpDate(new Date(now.getTime() + Duration.parse(reminderAfter).toMillis()));
        task.setDueDate(new Date(now.getTime() + Duration.parse(escalationAfter).toMillis()));
    }
}
