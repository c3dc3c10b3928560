package id.kompeten.cases;

import id.kompeten.employee.Employee;
import id.kompeten.evaluation.EvaluationResult;
import id.kompeten.evaluation.TrainingNeed;
import id.kompeten.survey.CompetencyRating;
import id.kompeten.survey.NeedsSurvey;
import id.kompeten.survey.PostTrainingSurvey;
import id.kompeten.survey.SupervisorInterview;
import id.kompeten.training.Enrollment;
import id.kompeten.training.JpLedgerEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A case as the API shows it: everything surveyed, assessed, enrolled, scored and decided, and its timeline. */
record CaseFile(String caseNumber, CaseStatus status, String currentStep, int round, int cycleYear,
                       CaseOutcome outcome, String outcomeReason, BigDecimal jpCredited, String openedBy,
                       Instant openedAt, Instant closedAt, EmployeeView employee, List<NeedView> trainingNeeds,
                       List<NeedsSurveyView> needsSurveys, List<RatingView> ratings,
                       List<EnrollmentView> enrollments, List<PostTrainingSurveyView> postTrainingSurveys,
                       List<InterviewView> interviews, List<ResultView> evaluations, List<DecisionView> decisions,
                       PlanView developmentPlan, List<JpView> jp, List<TimelineView> timeline) {

    /** The case's development plan: the employee's proposal and the supervisor's version of each line, HR's budget call. */
    public record PlanView(String status, String proposedBy, Instant proposedAt, String approvedBy, Instant approvedAt,
                           String approvalNote, BigDecimal totalCost, BigDecimal budgetLeft, String budgetConfirmedBy,
                           String budgetNote, List<PlanLineView> lines) {}

    public record PlanLineView(String competencyCode, String priority, LineTerms proposed, LineTerms approved,
                               String droppedReason, String activityNumber) {}

    public record LineTerms(String kind, Integer intendedJp, BigDecimal cost, java.time.LocalDate startsOn,
                            java.time.LocalDate endsOn, String organiser) {}

    public record Summary(String caseNumber, String employeeNip, CaseStatus status, String currentStep, int round,
                          int cycleYear, CaseOutcome outcome, Instant openedAt, Instant closedAt) {
        static Summary of(CompetencyCase c) {
            return new Summary(c.getCaseNumber(), c.getEmployeeNip(), c.getStatus(), c.getCurrentStep(), c.getRound(),
                    c.getCycleYear(), c.getOutcome(), c.getOpenedAt(), c.getClosedAt());
        }
    }

    public record EmployeeView(String nip, String name, String agency, String unit, String positionCode,
                               String supervisorNip) {
        static EmployeeView of(Employee e) {
            return new EmployeeView(e.getNip(), e.getName(), e.getAgency(), e.getUnit(), e.getPositionCode(),
                    e.getSupervisorNip());
        }
    }

    public record NeedView(int round, String competencyCode, int requiredLevel, BigDecimal currentLevel,
                           BigDecimal gap, String priority) {
        static NeedView of(TrainingNeed n) {
            return new NeedView(n.getRound(), n.getCompetencyCode(), n.getRequiredLevel(), n.getCurrentLevel(),
                    n.getGap(), n.getPriority());
        }
    }

    public record NeedsSurveyView(String developmentGoal, String preferredMode, String submittedBy,
                                  Instant submittedAt) {
        static NeedsSurveyView of(NeedsSurvey s) {
            return new NeedsSurveyView(s.getDevelopmentGoal(), s.getPreferredMode(), s.getSubmittedBy(),
                    s.getSubmittedAt());
        }
    }

    public record RatingView(int round, String competencyCode, String source, int rating, String ratedBy,
                             Instant ratedAt) {
        static RatingView of(CompetencyRating r) {
            return new RatingView(r.getRound(), r.getCompetencyCode(), r.getSource().name(), r.getRating(),
                    r.getRatedBy(), r.getRatedAt());
        }
    }

    public record EnrollmentView(Long id, int round, Long sessionId, String course, String mode, Instant startsAt,
                                 Instant endsAt, String status, Integer attendedMinutes, Integer preTestScore,
                                 Integer postTestScore, BigDecimal cost) {
        static EnrollmentView of(Enrollment e) {
            var s = e.getSession();
            return new EnrollmentView(e.getId(), e.getRound(), s.getId(), s.getCourse().getTitle(), s.getMode().name(),
                    s.getStartsAt(), s.getEndsAt(), e.getStatus().name(), e.getAttendedMinutes(), e.getPreTestScore(),
                    e.getPostTestScore(), e.getCost());
        }
    }

    public record PostTrainingSurveyView(int round, Long sessionId, int relevance, int material, int trainer,
                                         int scheduleFit, int overall, int confidence, String actionPlan,
                                         String comments, Instant submittedAt) {
        static PostTrainingSurveyView of(PostTrainingSurvey s) {
            return new PostTrainingSurveyView(s.getRound(), s.getSessionId(), s.getRelevance(), s.getMaterial(),
                    s.getTrainer(), s.getScheduleFit(), s.getOverall(), s.getConfidence(), s.getActionPlan(),
                    s.getComments(), s.getSubmittedAt());
        }
    }

    public record InterviewView(int round, String behaviourNotes, String interviewedBy, Instant interviewedAt) {
        static InterviewView of(SupervisorInterview i) {
            return new InterviewView(i.getRound(), i.getBehaviourNotes(), i.getInterviewedBy(), i.getInterviewedAt());
        }
    }

    public record ResultView(int round, String measure, BigDecimal score, String band, String detail,
                             Instant evaluatedAt) {
        static ResultView of(EvaluationResult r) {
            return new ResultView(r.getRound(), r.getMeasure(), r.getScore(), r.getBand(), r.getDetail(),
                    r.getEvaluatedAt());
        }
    }

    public record DecisionView(int round, String kind, String decision, String reason, String decidedBy,
                               Instant decidedAt) {
        static DecisionView of(CaseDecision d) {
            return new DecisionView(d.getRound(), d.getKind(), d.getDecision(), d.getReason(), d.getDecidedBy(),
                    d.getDecidedAt());
        }
    }

    public record JpView(int year, String activity, int minutes, BigDecimal jp, Instant creditedAt) {
        static JpView of(JpLedgerEntry j) {
            return new JpView(j.getYear(), j.getActivity(), j.getMinutes(), j.getJp(), j.getCreditedAt());
        }
    }

    public record TimelineView(String stepId, String step, String actor, Instant at, String detail) {
        static TimelineView of(CaseEvent e) {
            return new TimelineView(e.getStepId(), e.getStepName(), e.getActor(), e.getOccurredAt(), e.getDetail());
        }
    }
}
