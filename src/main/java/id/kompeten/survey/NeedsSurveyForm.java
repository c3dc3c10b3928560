package id.kompeten.survey;

import static id.kompeten.forms.FieldRule.choice;
import static id.kompeten.forms.FieldRule.display;
import static id.kompeten.forms.FieldRule.text;

import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.forms.FormSpec;
import id.kompeten.forms.FormValues;
import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseVariables;
import org.springframework.stereotype.Component;

/** The participant's training-needs survey: self-rating per competency, development goal, preferred mode. */
@Component
class NeedsSurveyForm extends CompetencyRatingForm {

    static final String SELF_RATINGS = "selfRatings";
    static final String DEVELOPMENT_GOAL = "developmentGoal";
    static final String PREFERRED_MODE = "preferredMode";

    private static final FormSpec SPEC = FormSpec.of("needs-survey",
            display(CaseVariables.EMPLOYEE_NAME),
            ratingRows(SELF_RATINGS),
            text(DEVELOPMENT_GOAL, true, 1000),
            choice(PREFERRED_MODE, true, "KLASIKAL", "E_LEARNING", "BLENDED"));

    private final SurveyService surveys;

    NeedsSurveyForm(EmployeeDirectory directory, SurveyService surveys) {
        super(directory, surveys, SELF_RATINGS, RatingSource.SELF);
        this.surveys = surveys;
    }

    @Override
    public FormSpec spec() {
        return SPEC;
    }

    @Override
    void submitRest(CaseContext context, FormValues values) {
        surveys.recordNeedsSurvey(context.caseNumber(), values.text(DEVELOPMENT_GOAL), values.text(PREFERRED_MODE),
                context.actor());
    }
}
