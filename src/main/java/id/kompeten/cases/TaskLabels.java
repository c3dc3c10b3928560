package id.kompeten.cases;

import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.process.CaseVariables;
import id.kompeten.process.TaskNames;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Every task of a case says whose case it is, in Tasklist's list and its header: "Isi survei kebutuhan
 * pelatihan — Andi Pratama · KMP-2026-000001", and for HR's queue also the employee's unit and position
 * ("… · KMP-2026-000001 · Bidang Aplikasi Informatika · Pranata Komputer Ahli Pertama"). The name keeps the shape
 * "<step> — <rest>". The task also carries its own copy of the case's variables that Tasklist's lists show under
 * the name ({@link CaseVariables#SHOWN_IN_TASK_LISTS}). Its follow-up date is when the reminder goes out and its
 * due date when it is escalated, so Tasklist sorts and flags what is late. Set when the task is created; the
 * step's own name stays in the diagram and the timeline.
 */
@Component
class TaskLabels {

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
        boolean queue = task.getCandidates().stream().anyMatch(link -> link.getGroupId() != null
                && IdentityLinkType.CANDIDATE.equals(link.getType()));
        List<String> details = new ArrayList<>();
        if (queue) {
            if (employee.getUnit() != null) {
                details.add(employee.getUnit());
            }
            employees.positionOf(employee).ifPresent(details::add);
        }
        task.setName(TaskNames.name(step, employee.getName(), caseNumber, details));
        for (String shown : CaseVariables.SHOWN_IN_TASK_LISTS) {
            Object value = task.getVariable(shown);
            if (value != null) {
                task.setVariableLocal(shown, value);
            }
        }
        Date now = ClockUtil.getCurrentTime();
        task.setFollowUpDate(new Date(now.getTime() + Duration.parse(reminderAfter).toMillis()));
        task.setDueDate(new Date(now.getTime() + Duration.parse(escalationAfter).toMillis()));
    }
}
