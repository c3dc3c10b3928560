package id.kompeten.evaluation;

import static id.kompeten.forms.FieldRule.TEXT_LIMIT;
import static id.kompeten.forms.FieldRule.display;
import static id.kompeten.forms.FieldRule.likert;
import static id.kompeten.forms.FieldRule.list;
import static id.kompeten.forms.FieldRule.text;

import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.forms.FieldError;
import id.kompeten.forms.FormSpec;
import id.kompeten.forms.FormValues;
import id.kompeten.forms.JsonVariables;
import id.kompeten.forms.TaskForm;
import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseVariables;
import id.kompeten.survey.RatingSource;
import id.kompeten.survey.SurveyService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * The supervisor's interview on behaviour at work (L3): how each prioritised competency of the round is
 * applied on the job (1-5), and what they observed.
 */
@Component
class SupervisorInterviewForm implements TaskForm {

    static final String APPLICATION_RATINGS = "applicationRatings";
    static final String BEHAVIOUR_NOTES = "behaviourNotes";

    private static final FormSpec SPEC = FormSpec.of("supervisor-interview",
            display(CaseVariables.EMPLOYEE_NAME),
            display(CaseVariables.SESSION_SUMMARY),
            list(APPLICATION_RATINGS, text("competencyCode", true, 20), display("competencyName"), likert("rating")),
            text(BEHAVIOUR_NOTES, true, TEXT_LIMIT));

    private final TrainingNeeds needs;
    private final EmployeeDirectory directory;
    private final SurveyService surveys;

    SupervisorInterviewForm(TrainingNeeds needs, EmployeeDirectory directory, SurveyService surveys) {
        this.needs = needs;
        this.directory = directory;
        this.surveys = surveys;
    }

    @Override
    public FormSpec spec() {
        return SPEC;
    }

    @Override
    public void show(DelegateTask task, VariableMap shown) {
        CaseContext context = CaseContext.of(task);
        List<Map<String, Object>> rows = needs.needsOf(context.caseNumber(), context.round()).stream().map(n -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("competencyCode", n.getCompetencyCode());
            row.put("competencyName", directory.competency(n.getCompetencyCode()).getName());
            row.put("rating", null);
            return row;
        }).toList();
        shown.putValueTyped(APPLICATION_RATINGS, JsonVariables.json(rows));
    }

    @Override
    public List<FieldError> check(DelegateExecution execution, FormValues values) {
        CaseContext context = CaseContext.of(execution);
        List<String> expected = needs.needsOf(context.caseNumber(), context.round()).stream()
                .map(TrainingNeed::getCompetencyCode).sorted().toList();
        List<String> rated = values.rows(APPLICATION_RATINGS).stream().map(r -> r.text("competencyCode")).sorted().toList();
        return rated.equals(expected) ? List.of()
                : List.of(new FieldError(APPLICATION_RATINGS, "form.ratings.mismatch", String.join(", ", expected)));
    }

    @Override
    public void submit(DelegateExecution execution, FormValues values) {
        CaseContext context = CaseContext.of(execution);
        Map<String, Integer> ratings = new LinkedHashMap<>();
        values.rows(APPLICATION_RATINGS).forEach(r -> ratings.put(r.text("competencyCode"), r.integer("rating")));
        surveys.recordRatings(context.caseNumber(), context.round(), RatingSource.ON_THE_JOB, ratings, context.actor());
        surveys.recordInterview(context.caseNumber(), context.round(), values.text(BEHAVIOUR_NOTES), context.actor());
    }
}
