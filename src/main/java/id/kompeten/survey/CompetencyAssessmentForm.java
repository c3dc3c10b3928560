package id.kompeten.survey;

import static id.kompeten.forms.FieldRule.display;

import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.forms.FormSpec;
import id.kompeten.process.CaseVariables;
import org.springframework.stereotype.Component;

/** The supervisor's assessment of the employee's current level per competency. */
@Component
class CompetencyAssessmentForm extends CompetencyRatingForm {

    static final String SUPERVISOR_RATINGS = "supervisorRatings";

    private static final FormSpec SPEC = FormSpec.of("competency-assessment",
            display(CaseVariables.EMPLOYEE_NAME),
            ratingRows(SUPERVISOR_RATINGS));

    CompetencyAssessmentForm(EmployeeDirectory directory, SurveyService surveys) {
        super(directory, surveys, SUPERVISOR_RATINGS, RatingSource.SUPERVISOR);
    }

    @Override
    public FormSpec spec() {
        return SPEC;
    }
}
