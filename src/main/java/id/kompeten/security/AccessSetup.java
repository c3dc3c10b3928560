package id.kompeten.security;

import id.kompeten.process.ActivityProcess;
import id.kompeten.process.AgencyPlanProcess;
import id.kompeten.process.AnswerReviewProcess;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.CaseVariables;
import id.kompeten.process.ClaimProcess;
import id.kompeten.process.ProgrammeProcess;
import id.kompeten.system.StartupStep;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * The roles of DESIGN.md as Camunda groups, their authorizations and their Tasklist filters, granted at
 * every start by code that first looks for what is there (idempotent; Admin can add more). What is not
 * granted here stays refused: only camunda-admin deploys, changes definitions, starts processes or creates filters.
 * Tasks need no grant here: the engine grants each task to its assignee or candidate group, READ and TASK_WORK
 * only ({@code default-user-permission-name-for-task}), so they may claim and complete it but neither reassign
 * it nor set its variables.
 * <p>
 * Run as the context starts, before the web server opens (Spring Boot opens it at lifecycle phase
 * {@code Integer.MAX_VALUE - 2048}): no request meets a role without its grants or filters.
 */
@Component
class AccessSetup extends StartupStep {

    static final String TASKLIST = "tasklist";
    /** Before the demo users join these groups (demo.DemoSetup, phase 10), and before the web server opens. */
    static final int PHASE = 0;

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    AccessSetup(IdentityService identity, AuthorizationService authorizations, FilterService filters, TaskService tasks) {
        super(PHASE);
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @Override
    protected void run() {
        grantAll();
    }

    void grantAll() {
        group(Roles.HR_STAFF, "Staf BKPSDM");
        group(Roles.SUPERVISORS, "Atasan langsung");
        group(Roles.PARTICIPANTS, "Peserta (pegawai ASN)");
        for (String role : List.of(Roles.PARTICIPANTS, Roles.SUPERVISORS, Roles.HR_STAFF)) {
            grant(role, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
            // the process's name and diagram in Tasklist, and its forms
            grant(role, Resources.PROCESS_DEFINITION, CaseProcess.PROCESS_ID, ProcessDefinitionPermissions.READ);
            // a coaching's or mentoring's tasks: the coach's (often a supervisor) and the employee's
            grant(role, Resources.PROCESS_DEFINITION, ActivityProcess.GUIDED_PROCESS_ID, ProcessDefinitionPermissions.READ);
            grant(role, Resources.PROCESS_DEFINITION, ActivityProcess.EVENT_PROCESS_ID, ProcessDefinitionPermissions.READ);
            grant(role, Resources.PROCESS_DEFINITION, ActivityProcess.SELF_PACED_PROCESS_ID, ProcessDefinitionPermissions.READ);
            grant(role, Resources.PROCESS_DEFINITION, ActivityProcess.PLACEMENT_PROCESS_ID, ProcessDefinitionPermissions.READ);
            grant(role, Resources.PROCESS_DEFINITION, ActivityProcess.STUDY_PROCESS_ID, ProcessDefinitionPermissions.READ);
            grant(role, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
        }
        // Nobody but camunda-admin starts a process through the engine: cases, programmes, claims and activities open
        // only through /api, whose rules apply (TrustedEngineCalls). Grants of earlier versions are taken back.
        for (String process : List.of(CaseProcess.PROCESS_ID, ProgrammeProcess.PROCESS_ID, ClaimProcess.PROCESS_ID,
                ActivityProcess.GUIDED_PROCESS_ID, ActivityProcess.EVENT_PROCESS_ID, ActivityProcess.SELF_PACED_PROCESS_ID,
                ActivityProcess.PLACEMENT_PROCESS_ID, ActivityProcess.STUDY_PROCESS_ID, AgencyPlanProcess.PROCESS_ID,
                AnswerReviewProcess.PROCESS_ID)) {
            revoke(Roles.HR_STAFF, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
        revoke(Roles.HR_STAFF, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        // HR review and publish programme reports in Tasklist: the programme's name and diagram
        grant(Roles.HR_STAFF, Resources.PROCESS_DEFINITION, ProgrammeProcess.PROCESS_ID, ProcessDefinitionPermissions.READ);
        // the heads of a programme's units (supervisors) answer its interview about their unit in Tasklist
        grant(Roles.SUPERVISORS, Resources.PROCESS_DEFINITION, ProgrammeProcess.PROCESS_ID,
                ProcessDefinitionPermissions.READ);
        // HR code the agency's free-text answers outside its programmes in Tasklist (started through /api)
        grant(Roles.HR_STAFF, Resources.PROCESS_DEFINITION, AnswerReviewProcess.PROCESS_ID,
                ProcessDefinitionPermissions.READ);
        // HR verify claims of learning done elsewhere in Tasklist (claims are submitted through /api only)
        grant(Roles.HR_STAFF, Resources.PROCESS_DEFINITION, ClaimProcess.PROCESS_ID, ProcessDefinitionPermissions.READ);
        // HR prepare the agency's annual plan, its head (a supervisor) sets it, both in Tasklist (started through /api)
        grant(Roles.HR_STAFF, Resources.PROCESS_DEFINITION, AgencyPlanProcess.PROCESS_ID, ProcessDefinitionPermissions.READ);
        grant(Roles.SUPERVISORS, Resources.PROCESS_DEFINITION, AgencyPlanProcess.PROCESS_ID,
                ProcessDefinitionPermissions.READ);
        // HR give a queue task back to the queue (Camunda's unclaim needs TASK_ASSIGN; TASK_WORK claims only). Over
        // the engine API the guard lets them unclaim queue tasks and claim for themselves, no other assignment.
        for (String process : List.of(CaseProcess.PROCESS_ID, ProgrammeProcess.PROCESS_ID, ClaimProcess.PROCESS_ID,
                ActivityProcess.EVENT_PROCESS_ID, ActivityProcess.SELF_PACED_PROCESS_ID, ActivityProcess.STUDY_PROCESS_ID,
                AgencyPlanProcess.PROCESS_ID, AnswerReviewProcess.PROCESS_ID)) {
            grant(Roles.HR_STAFF, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.TASK_ASSIGN);
        }

        // Tasklist shows these variables under each task's name in the list (each task has its own copy of them)
        Map<String, String> caseNumber = variable(CaseVariables.CASE_NUMBER, "Nomor kasus");
        Map<String, String> employee = variable(CaseVariables.EMPLOYEE_NAME, "Pegawai");
        List<Map<String, String>> whose = List.of(caseNumber, employee);
        List<Map<String, String>> whoseAndWhere = List.of(caseNumber, employee,
                variable(CaseVariables.EMPLOYEE_UNIT, "Unit kerja"));
        // names in Indonesian; their English (models_en.properties, by the key) for readers who chose it
        filter("my-tasks", "Tugas saya", "Tugas yang ditugaskan kepada saya", -10, whose,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
                Roles.PARTICIPANTS, Roles.SUPERVISORS, Roles.HR_STAFF);
        filter("hr-queue", "Antrean BKPSDM", "Tugas kelompok hr-staff, diambil atau belum", -20, whoseAndWhere,
                tasks.createTaskQuery().taskCandidateGroup(Roles.HR_STAFF).includeAssignedTasks(), Roles.HR_STAFF);
        // A supervisor's list grouped by staff member: the filter's own ordering comes first, Tasklist's sorting
        // (newest first, or whatever the user picks) then orders each staff member's tasks (TaskQueryImpl.extend
        // appends the list call's ordering to the filter's). Opened first: the lowest priority a supervisor has.
        filter("staff-tasks", "Tugas saya per staf", "Tugas saya, dikelompokkan per staf", -15,
                whose, byStaffMember(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
                Roles.SUPERVISORS);
        filter("staff-approvals", "Persetujuan staf saya", "Pelatihan lanjutan staf yang menunggu persetujuan saya", 0,
                whose,
                byStaffMember(tasks.createTaskQuery().taskDefinitionKey(CaseProcess.TASK_APPROVE_FOLLOW_UP_TRAINING)
                        .taskAssigneeExpression("${currentUser()}")), Roles.SUPERVISORS);
    }

    /** Ordered by the case's employee (name and NIP, so two of the same name stay apart). */
    private static TaskQuery byStaffMember(TaskQuery query) {
        return query.orderByProcessVariable(CaseVariables.EMPLOYEE_NAME, ValueType.STRING).asc();
    }

    private static Map<String, String> variable(String name, String label) {
        return Map.of("name", name, "label", label);
    }

    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).singleResult() == null) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private void grant(String group, Resource resource, String resourceId, Permission permission) {
        Authorization existing = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing
                : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (existing.isPermissionGranted(permission)) {
            return;
        }
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }

    private void revoke(String group, Resource resource, String resourceId, Permission permission) {
        Authorization existing = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
        if (existing != null && existing.isPermissionGranted(permission)) {
            existing.removePermission(permission);
            authorizations.saveAuthorization(existing);
        }
    }

    /** Our filters are kept as this code says at every start (Admin may add others beside them). */
    private void filter(String key, String name, String description, int priority, List<Map<String, String>> variables,
                        TaskQuery query, String... groups) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name);
        }
        filter.setQuery(query).setProperties(Map.of(
                "key", key,
                "description", description,
                "priority", priority,
                "refresh", true,
                "variables", variables));
        filters.saveFilter(filter);
        for (String group : groups) {
            grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }
}
