package id.kompeten.plan;

import static id.kompeten.forms.FieldRule.TEXT_LIMIT;
import static id.kompeten.forms.FieldRule.choice;
import static id.kompeten.forms.FieldRule.display;
import static id.kompeten.forms.FieldRule.integer;
import static id.kompeten.forms.FieldRule.list;
import static id.kompeten.forms.FieldRule.text;

import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.evaluation.TrainingNeed;
import id.kompeten.evaluation.TrainingNeeds;
import id.kompeten.forms.FieldError;
import id.kompeten.forms.FieldRule;
import id.kompeten.forms.FormSpec;
import id.kompeten.forms.FormValues;
import id.kompeten.forms.JsonVariables;
import id.kompeten.forms.TaskForm;
import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseVariables;
import id.kompeten.training.DevelopmentKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * The plan's three forms, each its owner's: the employee proposes a line per competency to develop; the supervisor
 * keeps, changes or drops each (a dropped line needs a reason); HR confirm a plan beyond the budget or send it back.
 */
final class PlanForms {

    private PlanForms() {}

    static final String LINES = "planLines";
    static final String CODE = "competencyCode";
    static final String NAME = "competencyName";
    static final String PRIORITY = "priorityLabel";
    static final String KIND = "kind";
    static final String JP = "intendedJp";
    static final String COST = "cost";
    static final String STARTS_ON = "startsOn";
    static final String ENDS_ON = "endsOn";
    static final String ORGANISER = "organiser";
    static final String KEEP = "keep";
    static final String DROP_REASON = "dropReason";
    static final String APPROVAL_NOTE = "approvalNote";
    static final String BUDGET_NOTE = "budgetNote";
    static final String KEPT = "KEEP";
    static final String DROPPED = "DROP";

    private static final String[] KINDS = DevelopmentPlans.PLANNABLE.stream().map(Enum::name).toArray(String[]::new);

    /** A line's own fields, the same on the proposal and the approval. */
    private static FieldRule[] lineFields(FieldRule... more) {
        List<FieldRule> fields = new ArrayList<>(List.of(text(CODE, true, 20), display(NAME), display(PRIORITY),
                choice(KIND, true, KINDS), integer(JP, true, 1, 400), integer(COST, true, 0, 1_000_000_000),
                text(STARTS_ON, true, 10), text(ENDS_ON, true, 10), text(ORGANISER, false, 200)));
        fields.addAll(List.of(more));
        return fields.toArray(FieldRule[]::new);
    }

    /**
     * The lines as submitted, checked against the case: exactly one per need, the dates within the case's year and
     * in order, an organiser for an event. Lines the supervisor drops are checked for their reason only.
     */
    static List<FieldError> checkLines(DevelopmentPlans plans, String caseNumber, FormValues values, boolean approval) {
        List<String> expected = plans.needsOf(caseNumber).stream().map(TrainingNeed::getCompetencyCode).sorted().toList();
        List<FormValues> rows = values.rows(LINES);
        if (!rows.stream().map(r -> r.text(CODE)).sorted().toList().equals(expected)) {
            return List.of(new FieldError(LINES, "plan.lines.mismatch", String.join(", ", expected)));
        }
        int year = plans.cycleYear(caseNumber);
        List<FieldError> errors = new ArrayList<>();
        boolean anyKept = false;
        for (int i = 0; i < rows.size(); i++) {
            FormValues row = rows.get(i);
            String at = LINES + "[" + i + "].";
            if (approval && DROPPED.equals(row.text(KEEP))) {
                if (!row.has(DROP_REASON)) {
                    errors.add(new FieldError(at + DROP_REASON, "plan.dropReason.required"));
                }
                continue;
            }
            anyKept = true;
            LocalDate starts = date(row.text(STARTS_ON), at + STARTS_ON, year, errors);
            LocalDate ends = date(row.text(ENDS_ON), at + ENDS_ON, year, errors);
            if (starts != null && ends != null && ends.isBefore(starts)) {
                errors.add(new FieldError(at + ENDS_ON, "claim.endsOn.beforeStart"));
            }
            DevelopmentKind kind = DevelopmentKind.valueOf(row.text(KIND));
            if (kind.path() != DevelopmentKind.Path.SCHEDULED_COURSE && kind.path() != DevelopmentKind.Path.GUIDED
                    && !row.has(ORGANISER)) {
                errors.add(new FieldError(at + ORGANISER, "plan.organiser.required"));
            }
        }
        if (approval && !anyKept) {
            errors.add(new FieldError(LINES, "plan.lines.noneKept"));
        }
        return errors;
    }

    private static LocalDate date(String text, String field, int year, List<FieldError> errors) {
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() != year) {
                errors.add(new FieldError(field, "plan.date.year", year));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "form.date.type"));
            return null;
        }
    }

    static PlanLine.Approval approvalOf(FormValues row) {
        return new PlanLine.Approval(DevelopmentKind.valueOf(row.text(KIND)), row.integer(JP),
                BigDecimal.valueOf(row.integer(COST)), LocalDate.parse(row.text(STARTS_ON)),
                LocalDate.parse(row.text(ENDS_ON)), row.has(ORGANISER) ? row.text(ORGANISER).strip() : null);
    }

    static Map<String, Object> row(String code, String name, String priority) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(CODE, code);
        row.put(NAME, name);
        row.put(PRIORITY, TrainingNeeds.priorityLabel(priority));
        return row;
    }

    /** Task_ProposeDevelopmentPlan: the employee proposes one line per competency to develop. */
    @Component
    static class Propose implements TaskForm {

        private static final FormSpec SPEC = FormSpec.of("propose-development-plan",
                display(CaseVariables.EMPLOYEE_NAME), display(CaseVariables.NEEDS_SUMMARY), list(LINES, lineFields()));

        private final DevelopmentPlans plans;
        private final EmployeeDirectory directory;

        Propose(DevelopmentPlans plans, EmployeeDirectory directory) {
            this.plans = plans;
            this.directory = directory;
        }

        @Override
        public FormSpec spec() {
            return SPEC;
        }

        /** A line per need, as a course by default; the employee sets the rest. */
        @Override
        public void show(DelegateTask task, VariableMap shown) {
            List<Map<String, Object>> rows = plans.needsOf(CaseContext.of(task).caseNumber()).stream().map(n -> {
                Map<String, Object> row = row(n.getCompetencyCode(),
                        directory.competency(n.getCompetencyCode()).getName(), n.getPriority());
                row.put(KIND, DevelopmentKind.PELATIHAN.name());
                row.put(JP, null);
                row.put(COST, null);
                row.put(STARTS_ON, null);
                row.put(ENDS_ON, null);
                row.put(ORGANISER, null);
                return row;
            }).toList();
            shown.putValueTyped(LINES, JsonVariables.json(rows));
        }

        @Override
        public List<FieldError> check(DelegateExecution execution, FormValues values) {
            return checkLines(plans, CaseContext.of(execution).caseNumber(), values, false);
        }

        @Override
        public void submit(DelegateExecution execution, FormValues values) {
            CaseContext context = CaseContext.of(execution);
            Map<String, PlanLine.Approval> proposed = new LinkedHashMap<>();
            values.rows(LINES).forEach(row -> proposed.put(row.text(CODE), approvalOf(row)));
            Employee employee = directory.get(context.employeeNip());
            plans.propose(context.caseNumber(), employee, proposed, context.actor());
        }
    }

    /** Task_ApproveDevelopmentPlan: the supervisor keeps, changes or drops (with a reason) each proposed line. */
    @Component
    static class Approve implements TaskForm {

        private static final FormSpec SPEC = FormSpec.of("approve-development-plan",
                display(CaseVariables.EMPLOYEE_NAME), display(CaseVariables.PLAN_SUMMARY),
                list(LINES, lineFields(choice(KEEP, true, KEPT, DROPPED), text(DROP_REASON, false, TEXT_LIMIT))),
                text(APPROVAL_NOTE, false, TEXT_LIMIT));

        private final DevelopmentPlans plans;
        private final EmployeeDirectory directory;

        Approve(DevelopmentPlans plans, EmployeeDirectory directory) {
            this.plans = plans;
            this.directory = directory;
        }

        @Override
        public FormSpec spec() {
            return SPEC;
        }

        /** The employee's proposal, line by line, to keep as it is, change or drop; and the plan as proposed. */
        @Override
        public void show(DelegateTask task, VariableMap shown) {
            String caseNumber = CaseContext.of(task).caseNumber();
            List<Map<String, Object>> rows = plans.linesOf(caseNumber).stream().map(line -> {
                Map<String, Object> row = row(line.getCompetencyCode(),
                        directory.competency(line.getCompetencyCode()).getName(), line.getPriority());
                // after HR sent it back, the supervisor's own last version
                PlanLine.Approval a = line.getKind() == null ? line.proposal() : new PlanLine.Approval(line.getKind(),
                        line.getIntendedJp(), line.getCost(), line.getStartsOn(), line.getEndsOn(), line.getOrganiser());
                row.put(KIND, a.kind().name());
                row.put(JP, a.jp());
                row.put(COST, a.cost().longValue());
                row.put(STARTS_ON, a.startsOn().toString());
                row.put(ENDS_ON, a.endsOn().toString());
                row.put(ORGANISER, a.organiser());
                row.put(KEEP, line.isDropped() ? DROPPED : KEPT);
                row.put(DROP_REASON, line.getDroppedReason());
                return row;
            }).toList();
            shown.putValueTyped(LINES, JsonVariables.json(rows));
            shown.putValue(CaseVariables.PLAN_SUMMARY, plans.summary(caseNumber, false));
        }

        @Override
        public List<FieldError> check(DelegateExecution execution, FormValues values) {
            return checkLines(plans, CaseContext.of(execution).caseNumber(), values, true);
        }

        @Override
        public void submit(DelegateExecution execution, FormValues values) {
            CaseContext context = CaseContext.of(execution);
            Map<String, PlanLine.Approval> kept = new LinkedHashMap<>();
            Map<String, String> dropped = new LinkedHashMap<>();
            for (FormValues row : values.rows(LINES)) {
                if (DROPPED.equals(row.text(KEEP))) {
                    dropped.put(row.text(CODE), row.text(DROP_REASON).strip());
                } else {
                    kept.put(row.text(CODE), approvalOf(row));
                }
            }
            plans.approve(context.caseNumber(), kept, dropped,
                    values.has(APPROVAL_NOTE) ? values.text(APPROVAL_NOTE) : null, context.actor());
        }
    }

    /** Task_ConfirmPlanBudget: HR confirm a plan that goes beyond the budget left, or send it back to the supervisor. */
    @Component
    static class ConfirmBudget implements TaskForm {

        private static final FormSpec SPEC = FormSpec.of("confirm-plan-budget",
                display(CaseVariables.EMPLOYEE_NAME), display(CaseVariables.PLAN_SUMMARY),
                display(CaseVariables.BUDGET_SUMMARY), choice(CaseVariables.PLAN_BUDGET_CONFIRMED, true, "true", "false"),
                text(BUDGET_NOTE, true, TEXT_LIMIT));

        private final DevelopmentPlans plans;

        ConfirmBudget(DevelopmentPlans plans) {
            this.plans = plans;
        }

        @Override
        public FormSpec spec() {
            return SPEC;
        }

        @Override
        public void show(DelegateTask task, VariableMap shown) {
            String caseNumber = CaseContext.of(task).caseNumber();
            DevelopmentPlan plan = plans.plan(caseNumber);
            shown.putValue(CaseVariables.PLAN_SUMMARY, plans.summary(caseNumber, true));
            shown.putValue(CaseVariables.BUDGET_SUMMARY, "Biaya rencana Rp %s; sisa anggaran %s tahun %d Rp %s"
                    .formatted(DevelopmentPlans.rupiah(plan.getTotalCost()), plan.getAgency(), plan.getCycleYear(),
                            DevelopmentPlans.rupiah(plan.getBudgetLeft())));
        }

        @Override
        public void submit(DelegateExecution execution, FormValues values) {
            CaseContext context = CaseContext.of(execution);
            boolean confirmed = values.bool(CaseVariables.PLAN_BUDGET_CONFIRMED);
            plans.decideBudget(context.caseNumber(), confirmed, values.text(BUDGET_NOTE), context.actor());
            execution.setVariable(CaseVariables.PLAN_BUDGET_CONFIRMED, confirmed);
        }
    }
}
