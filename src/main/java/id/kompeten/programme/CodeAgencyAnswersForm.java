package id.kompeten.programme;

import static id.kompeten.forms.FieldRule.choices;
import static id.kompeten.forms.FieldRule.display;
import static id.kompeten.forms.FieldRule.optionalList;
import static id.kompeten.forms.FieldRule.text;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.FormSpec;
import id.kompeten.forms.FormValues;
import id.kompeten.forms.JsonVariables;
import id.kompeten.forms.TaskForm;
import id.kompeten.process.AnswerReviewProcess;
import id.kompeten.process.CaseContext;
import id.kompeten.report.ReportThemes;
import id.kompeten.report.TextAnswers;
import id.kompeten.security.CaseAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * HR code with themes the free-text answers of an agency's year that no programme's review covers, as in a
 * programme's review: HR of that agency only (the task is a queue task of all HR staff); each row names one of those
 * answers, its themes from the configured list.
 */
@Component
class CodeAgencyAnswersForm implements TaskForm {

    static final String ANSWERS = "answers";
    static final String THEME_OPTIONS = "themeOptions";

    private final FormSpec spec;
    private final TextAnswers answers;
    private final AnswerRefs refs;
    private final AnswerThemes coding;
    private final CaseAccess access;

    CodeAgencyAnswersForm(TextAnswers answers, AnswerRefs refs, AnswerThemes coding, CaseAccess access,
                          ReportThemes themes) {
        this.answers = answers;
        this.refs = refs;
        this.coding = coding;
        this.access = access;
        this.spec = FormSpec.of("code-agency-answers",
                display(AnswerReviewProcess.SUMMARY),
                optionalList(ANSWERS, text(AnswerRefs.ANSWER_REF, true, 300), display(AnswerRefs.ANSWER_TEXT),
                        choices(AnswerRefs.THEMES, themes.codes())));
    }

    @Override
    public FormSpec spec() {
        return spec;
    }

    private List<TextAnswers.Answer> answersOf(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return answers.outsideProgrammes((String) scope.getVariable(AnswerReviewProcess.AGENCY),
                ((Number) scope.getVariable(AnswerReviewProcess.YEAR)).intValue());
    }

    @Override
    public void show(DelegateTask task, VariableMap shown) {
        List<TextAnswers.Answer> found = answersOf(task);
        shown.putValue(AnswerReviewProcess.SUMMARY, task.getVariable(AnswerReviewProcess.AGENCY) + " · "
                + task.getVariable(AnswerReviewProcess.YEAR) + " · " + found.size() + " jawaban");
        shown.putValueTyped(ANSWERS, JsonVariables.json(refs.rows(null, found)));
        shown.putValueTyped(THEME_OPTIONS, JsonVariables.json(refs.themeOptions()));
    }

    @Override
    public List<FieldError> check(DelegateExecution execution, FormValues values) {
        String agency = (String) execution.getVariable(AnswerReviewProcess.AGENCY);
        if (!access.engineUserManagesAgency(agency)) {
            return List.of(new FieldError(ANSWERS, "jp.agency.forbidden", agency));
        }
        Map<String, TextAnswers.Answer> known = refs.byRef(null, answersOf(execution));
        List<FieldError> errors = new ArrayList<>();
        List<FormValues> rows = values.rows(ANSWERS);
        for (int i = 0; i < rows.size(); i++) {
            if (!known.containsKey(rows.get(i).text(AnswerRefs.ANSWER_REF))) {
                errors.add(new FieldError(ANSWERS + "[" + i + "]." + AnswerRefs.ANSWER_REF, "agency.answer.unknown"));
            }
        }
        return errors;
    }

    @Override
    public void submit(DelegateExecution execution, FormValues values) {
        Map<String, TextAnswers.Answer> known = refs.byRef(null, answersOf(execution));
        String actor = CaseContext.of(execution).actor();
        for (FormValues row : values.rows(ANSWERS)) {
            coding.code(known.get(row.text(AnswerRefs.ANSWER_REF)), row.choices(AnswerRefs.THEMES), actor);
        }
    }
}
