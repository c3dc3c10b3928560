package id.kompeten.agencyplan;

import static id.kompeten.forms.FieldRule.TEXT_LIMIT;
import static id.kompeten.forms.FieldRule.choice;
import static id.kompeten.forms.FieldRule.date;
import static id.kompeten.forms.FieldRule.decimal;
import static id.kompeten.forms.FieldRule.display;
import static id.kompeten.forms.FieldRule.integer;
import static id.kompeten.forms.FieldRule.list;
import static id.kompeten.forms.FieldRule.text;

import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.forms.FieldError;
import id.kompeten.forms.FormSpec;
import id.kompeten.forms.FormValues;
import id.kompeten.forms.JsonVariables;
import id.kompeten.forms.TaskForm;
import id.kompeten.process.AgencyPlanProcess;
import id.kompeten.process.CaseContext;
import id.kompeten.security.CaseAccess;
import id.kompeten.training.DevelopmentKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * The plan's two forms, each its owner's: HR prepare the lines (from the needs analysis, or their own last version
 * with the head's note when it came back), the head of the agency sets the plan or returns it with a note.
 */
final class AgencyPlanForms {

    private AgencyPlanForms() {}

    static final String LINES = "planLines";
    static final String CODE = "competencyCode";
    static final String NAME = "competencyName";
    static final String TARGET = "targetGroup";
    static final String KIND = "kind";
    static final String PARTICIPANTS = "participants";
    static final String JP = "jp";
    static final String BUDGET = "budget";
    static final String ORGANISER = "organiser";
    static final String STARTS_ON = "startsOn";
    static final String ENDS_ON = "endsOn";
    static final String CURRICULUM = "curriculum";
    static final String NOTE = "decisionNote";
    static final String APPROVED = "APPROVED";
    static final String RETURNED = "RETURNED";

    private static final String[] KINDS = Arrays.stream(DevelopmentKind.values()).map(Enum::name).toArray(String[]::new);

    static long planId(VariableScope scope) {
        return ((Number) scope.getVariable(AgencyPlanProcess.PLAN_ID)).longValue();
    }

    /** "Susun rencana … — Dinas X · 2026 · RPK-2026-000001": whose plan, in Tasklist's list. */
    static void name(DelegateTask task, AgencyPlan plan) {
        task.setName(task.getBpmnModelElementInstance().getName() + " — " + plan.getAgency() + " · "
                + plan.getPlanYear() + " · " + plan.getPlanNumber());
    }

    /** Task_PrepareAgencyPlan: HR write the year's activities, each a line with what Ps. 207 (3) names. */
    @Component
    static class Prepare implements TaskForm {

        private static final FormSpec SPEC = FormSpec.of("prepare-agency-plan", display(AgencyPlanProcess.SUMMARY),
                list(LINES, text(CODE, true, 20), display(NAME), text(TARGET, true, 300), choice(KIND, true, KINDS),
                        integer(PARTICIPANTS, true, 1, 100_000), integer(JP, true, 1, 1000),
                        decimal(BUDGET, true, 0, 10_000_000_000_000L), text(ORGANISER, true, 200),
                        date(STARTS_ON, true), date(ENDS_ON, true), text(CURRICULUM, false, 300)));

        private final AgencyPlans plans;
        private final EmployeeDirectory directory;
        private final CaseAccess access;

        Prepare(AgencyPlans plans, EmployeeDirectory directory, CaseAccess access) {
            this.plans = plans;
            this.directory = directory;
            this.access = access;
        }

        @Override
        public FormSpec spec() {
            return SPEC;
        }

        /** HR's own last lines when the head returned them, else what the needs analysis proposes. */
        @Override
        public void prepare(DelegateTask task) {
            name(task, plans.get(planId(task)));
        }

        @Override
        public void show(DelegateTask task, VariableMap shown) {
            AgencyPlan plan = plans.get(planId(task));
            List<AgencyPlanLine.Content> lines = plans.linesOf(plan.getId());
            if (lines.isEmpty()) {
                lines = plans.proposal(plan);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (AgencyPlanLine.Content l : lines) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put(CODE, l.competencyCode());
                row.put(NAME, directory.competency(l.competencyCode()).getName());
                row.put(TARGET, l.targetGroup());
                row.put(KIND, l.kind().name());
                row.put(PARTICIPANTS, l.participants());
                row.put(JP, l.jp());
                row.put(BUDGET, l.budget().longValue());
                row.put(ORGANISER, l.organiser());
                row.put(STARTS_ON, l.startsOn() == null ? null : l.startsOn().toString());
                row.put(ENDS_ON, l.endsOn() == null ? null : l.endsOn().toString());
                row.put(CURRICULUM, l.curriculum());
                rows.add(row);
            }
            shown.putValueTyped(LINES, JsonVariables.json(rows));
            shown.putValue(AgencyPlanProcess.SUMMARY, plans.summary(plan));
        }

        /**
         * HR of the plan's agency only (the queue task is offered to all HR staff); at least one line; each of a
         * known competency, within the plan's year, ending on or after its start.
         */
        @Override
        public List<FieldError> check(DelegateExecution execution, FormValues values) {
            AgencyPlan plan = plans.get(planId(execution));
            if (!access.engineUserManagesAgency(plan.getAgency())) {
                return List.of(new FieldError(LINES, "jp.agency.forbidden", plan.getAgency()));
            }
            int year = plan.getPlanYear();
            List<FormValues> rows = values.rows(LINES);
            if (rows.isEmpty()) {
                return List.of(new FieldError(LINES, "agencyplan.lines.none"));
            }
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                FormValues row = rows.get(i);
                String at = LINES + "[" + i + "].";
                if (directory.findCompetency(row.text(CODE).strip()).isEmpty()) {
                    errors.add(new FieldError(at + CODE, "agencyplan.competency.unknown", row.text(CODE)));
                }
                LocalDate starts = row.date(STARTS_ON);
                LocalDate ends = row.date(ENDS_ON);
                if (starts.getYear() != year) {
                    errors.add(new FieldError(at + STARTS_ON, "plan.date.year", year));
                }
                if (ends.getYear() != year) {
                    errors.add(new FieldError(at + ENDS_ON, "plan.date.year", year));
                } else if (ends.isBefore(starts)) {
                    errors.add(new FieldError(at + ENDS_ON, "claim.endsOn.beforeStart"));
                }
            }
            return errors;
        }

        @Override
        public void submit(DelegateExecution execution, FormValues values) {
            List<AgencyPlanLine.Content> lines = values.rows(LINES).stream().map(row -> new AgencyPlanLine.Content(
                    row.text(CODE).strip(), DevelopmentKind.valueOf(row.text(KIND)), row.text(TARGET).strip(),
                    row.integer(PARTICIPANTS), row.integer(JP), row.decimal(BUDGET), row.text(ORGANISER).strip(),
                    row.date(STARTS_ON), row.date(ENDS_ON), row.has(CURRICULUM) ? row.text(CURRICULUM).strip() : null))
                    .toList();
            plans.prepare(planId(execution), lines, CaseContext.of(execution).actor());
        }
    }

    /** Task_ApproveAgencyPlan: the head of the agency sets the plan, or returns it to HR with a note. */
    @Component
    static class Approve implements TaskForm {

        private static final FormSpec SPEC = FormSpec.of("approve-agency-plan", display(AgencyPlanProcess.SUMMARY),
                choice(AgencyPlanProcess.DECISION, true, APPROVED, RETURNED), text(NOTE, false, TEXT_LIMIT));

        private final AgencyPlans plans;

        Approve(AgencyPlans plans) {
            this.plans = plans;
        }

        @Override
        public FormSpec spec() {
            return SPEC;
        }

        @Override
        public void prepare(DelegateTask task) {
            name(task, plans.get(planId(task)));
        }

        @Override
        public void show(DelegateTask task, VariableMap shown) {
            shown.putValue(AgencyPlanProcess.SUMMARY, plans.linesSummary(plans.get(planId(task))));
        }

        @Override
        public List<FieldError> check(DelegateExecution execution, FormValues values) {
            if (RETURNED.equals(values.text(AgencyPlanProcess.DECISION)) && !values.has(NOTE)) {
                return List.of(new FieldError(NOTE, "agencyplan.note.required"));
            }
            return List.of();
        }

        @Override
        public void submit(DelegateExecution execution, FormValues values) {
            String decision = values.text(AgencyPlanProcess.DECISION);
            plans.decide(planId(execution), APPROVED.equals(decision), values.has(NOTE) ? values.text(NOTE).strip() : null,
                    CaseContext.of(execution).actor());
            execution.setVariable(AgencyPlanProcess.DECISION, decision);
        }
    }
}
