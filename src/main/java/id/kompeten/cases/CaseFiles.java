package id.kompeten.cases;

import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.evaluation.EvaluationResults;
import id.kompeten.evaluation.TrainingNeeds;
import id.kompeten.plan.DevelopmentPlan;
import id.kompeten.plan.DevelopmentPlans;
import id.kompeten.plan.PlanLine;
import id.kompeten.survey.SurveyService;
import id.kompeten.training.Enrollments;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles case files from every feature's records. */
@Service
@Transactional(readOnly = true)
class CaseFiles {

    private final CaseRepository cases;
    private final CaseTimeline timeline;
    private final CaseDecisionRepository decisions;
    private final EmployeeDirectory directory;
    private final SurveyService surveys;
    private final TrainingNeeds needs;
    private final EvaluationResults results;
    private final Enrollments enrollments;
    private final DevelopmentPlans plans;

    CaseFiles(CaseRepository cases, CaseTimeline timeline, CaseDecisionRepository decisions,
              EmployeeDirectory directory, SurveyService surveys, TrainingNeeds needs, EvaluationResults results,
              Enrollments enrollments, DevelopmentPlans plans) {
        this.cases = cases;
        this.timeline = timeline;
        this.decisions = decisions;
        this.directory = directory;
        this.surveys = surveys;
        this.needs = needs;
        this.results = results;
        this.enrollments = enrollments;
        this.plans = plans;
    }

    public Optional<CaseFile> find(String caseNumber) {
        return cases.findById(caseNumber).map(this::fileOf);
    }

    public Page<CaseFile.Summary> search(CaseStatus status, String agency, Integer year, Pageable page) {
        return cases.search(status, agency, year, page).map(CaseFile.Summary::of);
    }

    private CaseFile fileOf(CompetencyCase c) {
        String n = c.getCaseNumber();
        SurveyService.CaseAnswers answers = surveys.answersOf(n);
        return new CaseFile(n, c.getStatus(), c.getCurrentStep(), c.getRound(), c.getCycleYear(), c.getOutcome(),
                c.getOutcomeReason(), c.getJpCredited(), c.getOpenedBy(), c.getOpenedAt(), c.getClosedAt(),
                directory.find(c.getEmployeeNip()).map(CaseFile.EmployeeView::of).orElse(null),
                map(needs.allOf(n), CaseFile.NeedView::of),
                map(answers.needsSurveys(), CaseFile.NeedsSurveyView::of),
                map(answers.ratings(), CaseFile.RatingView::of),
                map(enrollments.of(n), CaseFile.EnrollmentView::of),
                map(answers.postTrainingSurveys(), CaseFile.PostTrainingSurveyView::of),
                map(answers.interviews(), CaseFile.InterviewView::of),
                map(results.of(n), CaseFile.ResultView::of),
                map(decisions.findByCaseNumberOrderByDecidedAt(n), CaseFile.DecisionView::of),
                plans.find(n).map(this::planView).orElse(null),
                map(enrollments.jpOf(n), CaseFile.JpView::of),
                map(timeline.of(n), CaseFile.TimelineView::of));
    }

    private CaseFile.PlanView planView(DevelopmentPlan p) {
        List<CaseFile.PlanLineView> lines = plans.linesOf(p.getCaseNumber()).stream().map(l -> {
            PlanLine.Approval a = l.proposal();
            CaseFile.LineTerms proposed = new CaseFile.LineTerms(a.kind().name(), a.jp(), a.cost(), a.startsOn(),
                    a.endsOn(), a.organiser());
            CaseFile.LineTerms approved = l.getKind() == null ? null : new CaseFile.LineTerms(l.getKind().name(),
                    l.getIntendedJp(), l.getCost(), l.getStartsOn(), l.getEndsOn(), l.getOrganiser());
            return new CaseFile.PlanLineView(l.getCompetencyCode(), l.getPriority(), proposed, approved,
                    l.getDroppedReason(), plans.activityNumberOf(l));
        }).toList();
        return new CaseFile.PlanView(p.getStatus().name(), p.getProposedBy(), p.getProposedAt(), p.getApprovedBy(),
                p.getApprovedAt(), p.getApprovalNote(), p.getTotalCost(), p.getBudgetLeft(), p.getBudgetConfirmedBy(),
                p.getBudgetNote(), lines);
    }

    private static <T, R> List<R> map(List<T> items, Function<T, R> view) {
        return items.stream().map(view).toList();
    }
}
