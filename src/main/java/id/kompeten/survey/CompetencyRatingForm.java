package id.kompeten.survey;

import static id.kompeten.forms.FieldRule.display;
import static id.kompeten.forms.FieldRule.likert;
import static id.kompeten.forms.FieldRule.list;
import static id.kompeten.forms.FieldRule.text;

import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.forms.FieldError;
import id.kompeten.forms.FieldRule;
import id.kompeten.forms.FormValues;
import id.kompeten.forms.JsonVariables;
import id.kompeten.forms.TaskForm;
import id.kompeten.process.CaseContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A form that rates, 1-5, each competency the employee's position requires: the participant's needs survey
 * and the supervisor's assessment share this.
 */
abstract class CompetencyRatingForm implements TaskForm {

    static final String CODE = "competencyCode";
    static final String NAME = "competencyName";
    static final String REQUIRED_LEVEL = "requiredLevel";
    static final String RATING = "rating";

    private final EmployeeDirectory directory;
    private final SurveyService surveys;
    private final String listKey;
    private final RatingSource source;

    CompetencyRatingForm(EmployeeDirectory directory, SurveyService surveys, String listKey, RatingSource source) {
        this.directory = directory;
        this.surveys = surveys;
        this.listKey = listKey;
        this.source = source;
    }

    static FieldRule ratingRows(String listKey) {
        return list(listKey, text(CODE, true, 20), display(NAME), display(REQUIRED_LEVEL), likert(RATING));
    }

    @Override
    public void show(DelegateTask task, VariableMap shown) {
        Employee employee = directory.get(CaseContext.of(task).employeeNip());
        List<Map<String, Object>> rows = directory.requirementsOf(employee).stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(CODE, r.getCompetency().getCode());
            row.put(NAME, r.getCompetency().getName());
            row.put(REQUIRED_LEVEL, r.getRequiredLevel());
            row.put(RATING, null);
            return row;
        }).toList();
        shown.putValueTyped(listKey, JsonVariables.json(rows));
    }

    @Override
    public List<FieldError> check(DelegateExecution execution, FormValues values) {
        Employee employee = directory.get(CaseContext.of(execution).employeeNip());
        List<String> expected = directory.requirementsOf(employee).stream().map(r -> r.getCompetency().getCode()).toList();
        List<String> rated = values.rows(listKey).stream().map(row -> row.text(CODE)).sorted().toList();
        if (!rated.equals(expected.stream().sorted().toList())) {
            return List.of(new FieldError(listKey, "form.ratings.mismatch", String.join(", ", expected)));
        }
        return List.of();
    }

    @Override
    public void submit(DelegateExecution execution, FormValues values) {
        CaseContext context = CaseContext.of(execution);
        surveys.recordRatings(context.caseNumber(), context.round(), source, ratings(values), context.actor());
        submitRest(context, values);
    }

    Map<String, Integer> ratings(FormValues values) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        values.rows(listKey).forEach(row -> ratings.put(row.text(CODE), row.integer(RATING)));
        return ratings;
    }

    /** Records the form's other answers. */
    void submitRest(CaseContext context, FormValues values) {}
}
