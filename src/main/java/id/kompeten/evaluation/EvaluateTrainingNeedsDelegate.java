package id.kompeten.evaluation;

import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.evaluation.TrainingNeedsEvaluator.Input;
import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseVariables;
import id.kompeten.survey.RatingSource;
import id.kompeten.survey.SurveyService;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EvaluateTrainingNeeds: gap per required competency, ranked by the DMN trainingNeedPriority. */
@Component
class EvaluateTrainingNeedsDelegate implements JavaDelegate {

    private final EmployeeDirectory directory;
    private final SurveyService surveys;
    private final TrainingNeeds needs;
    private final TrainingNeedsEvaluator evaluator;

    EvaluateTrainingNeedsDelegate(EmployeeDirectory directory, SurveyService surveys, TrainingNeeds needs,
                                  NeedsSettings weights) {
        this.directory = directory;
        this.surveys = surveys;
        this.needs = needs;
        this.evaluator = new TrainingNeedsEvaluator(weights.supervisorWeight(), weights.selfWeight());
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseContext context = CaseContext.of(execution);
        Employee employee = directory.get(context.employeeNip());
        Map<String, Integer> self = surveys.ratingsOf(context.caseNumber(), context.round(), RatingSource.SELF);
        Map<String, Integer> supervisor = surveys.ratingsOf(context.caseNumber(), context.round(),
                RatingSource.SUPERVISOR);
        List<Input> inputs = directory.requirementsOf(employee).stream()
                .map(r -> new Input(r.getCompetency().getCode(), r.getCompetency().getCompetencyType(),
                        r.getRequiredLevel(), self.get(r.getCompetency().getCode()),
                        supervisor.get(r.getCompetency().getCode())))
                .toList();
        List<TrainingNeed> ranked = needs.rank(context.caseNumber(), context.round(), evaluator.evaluate(inputs),
                execution.getProcessEngineServices().getDecisionService());
        execution.setVariable(CaseVariables.TRAINING_NEED_COUNT, ranked.size());
        execution.setVariable(CaseVariables.NEEDS_SUMMARY, needs.summary(ranked));
    }
}
