package id.kompeten.survey;

import static id.kompeten.forms.FieldRule.TEXT_LIMIT;
import static id.kompeten.forms.FieldRule.display;
import static id.kompeten.forms.FieldRule.likert;
import static id.kompeten.forms.FieldRule.text;

import id.kompeten.forms.FormSpec;
import id.kompeten.forms.FormValues;
import id.kompeten.forms.TaskForm;
import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseVariables;
import id.kompeten.survey.SurveyService.PostTrainingAnswers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The participant's reaction to the training (Likert 1-5), confidence to apply it, and action plan. */
@Component
class PostTrainingSurveyForm implements TaskForm {

    private static final FormSpec SPEC = FormSpec.of("post-training-survey",
            display(CaseVariables.EMPLOYEE_NAME),
            display(CaseVariables.SESSION_SUMMARY),
            likert("relevance"), likert("material"), likert("trainer"), likert("scheduleFit"), likert("overall"),
            likert("confidence"),
            text("actionPlan", true, TEXT_LIMIT),
            text("comments", false, TEXT_LIMIT));

    private final SurveyService surveys;

    PostTrainingSurveyForm(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public FormSpec spec() {
        return SPEC;
    }

    @Override
    public void submit(DelegateExecution execution, FormValues v) {
        CaseContext context = CaseContext.of(execution);
        Long sessionId = ((Number) execution.getVariable(CaseVariables.TRAINING_SESSION_ID)).longValue();
        surveys.recordPostTrainingSurvey(context.caseNumber(), context.round(), sessionId,
                new PostTrainingAnswers(v.integer("relevance"), v.integer("material"), v.integer("trainer"),
                        v.integer("scheduleFit"), v.integer("overall"), v.integer("confidence"),
                        v.text("actionPlan"), v.text("comments")),
                context.actor());
    }
}
