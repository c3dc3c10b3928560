package id.kompeten.activity;

import static id.kompeten.forms.RequestFields.date;
import static id.kompeten.forms.RequestFields.refused;
import static id.kompeten.forms.RequestFields.required;
import static id.kompeten.forms.RequestFields.text;

import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.employee.Nip;
import id.kompeten.forms.FieldError;
import id.kompeten.forms.RequestRefused;
import id.kompeten.process.ActivityProcess;
import id.kompeten.process.CaseVariables;
import id.kompeten.process.TrustedEngineCalls;
import id.kompeten.security.CaseAccess;
import id.kompeten.training.DevelopmentKind;
import id.kompeten.training.JpLedger;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Development activities with steps of their own, beyond a scheduled course, started by HR of the employee's agency
 * or by a case's approved plan. Each family its steps and evidence (training.DevelopmentKind.Path): the guided
 * (coaching, mentoring): its coach (the employee's supervisor unless another is named) agrees the goals, logs each
 * session and closes it with an assessment; the employee rates it; JP from the sessions logged. The event (seminar,
 * workshop, ...): registered with its organiser and dates, HR record the attendance after it, the employee reflects
 * on it; JP from the minutes attended. The self-paced (e-learning, ...): enrolled on a platform with its modules and
 * the day it is due, the employee reports the completion, HR verify it; JP from the minutes of learning. The
 * placement (on-the-job guidance, internship, secondment, exchange): a host unit, a period, a mentor who assesses
 * it; JP from the minutes of guided learning. Further study: its institution and programme, the semesters HR record,
 * the return to duty the supervisor confirms; JP from the credits earned. Each credited once by its kind's rule.
 */
@Service
@Transactional
public class Activities {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final ActivityRepository activities;
    private final ActivitySessionRepository sessions;
    private final ActivitySemesterRepository semesters;
    private final EmployeeDirectory employees;
    private final CaseAccess access;
    private final IdentityService identity;
    private final RuntimeService runtime;
    private final TrustedEngineCalls trusted;
    private final ActivityNumbers numbers;
    private final JpLedger ledger;
    private final Clock clock;

    Activities(ActivityRepository activities, ActivitySessionRepository sessions, ActivitySemesterRepository semesters,
               EmployeeDirectory employees,
               CaseAccess access, IdentityService identity, RuntimeService runtime, TrustedEngineCalls trusted,
               ActivityNumbers numbers, JpLedger ledger, Clock clock) {
        this.activities = activities;
        this.sessions = sessions;
        this.semesters = semesters;
        this.employees = employees;
        this.access = access;
        this.identity = identity;
        this.runtime = runtime;
        this.trusted = trusted;
        this.numbers = numbers;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * An activity as HR start it ({@code YYYY-MM-DD} dates): a coaching or mentoring with its coach (left out: the
     * employee's supervisor); an event with its organiser and dates; self-paced learning with its platform (the
     * organiser), its number of modules, the day of enrolment and the day it is due; a placement with its host unit
     * (the organiser), its period and its mentor (the coach; left out: the supervisor); further study with its
     * institution (the organiser), its programme (the title), its start and its planned end.
     */
    public record Start(String employeeNip, String kind, String title, String coach, String organiser, String startsOn,
                        String endsOn, Integer modules) {

        public Start(String employeeNip, String kind, String title, String coach) {
            this(employeeNip, kind, title, coach, null, null, null, null);
        }
    }

    public DevelopmentActivity start(Start s) {
        if (!Nip.isValid(required(s.employeeNip(), "employeeNip"))) {
            throw refused("employeeNip", "case.nip.invalid");
        }
        Employee employee = employees.find(s.employeeNip()).orElseThrow(() -> refused("employeeNip",
                "case.employee.unknown", s.employeeNip()));
        if (!access.mayManage(employee)) {
            throw new RequestRefused(HttpStatus.FORBIDDEN, new FieldError("employeeNip", "case.forbidden", s.employeeNip()));
        }
        DevelopmentKind kind = DevelopmentKind.of(required(s.kind(), "kind")).orElseThrow(() -> refused("kind", "claim.kind.unknown"));
        if (kind.path() == DevelopmentKind.Path.SCHEDULED_COURSE) {
            throw refused("kind", "activity.kind.course");
        }
        String title = text(s.title(), "title", 300);
        String number = numbers.next(LocalDate.now(clock.withZone(WIB)).getYear());
        DevelopmentActivity activity;
        if (kind.path() == DevelopmentKind.Path.GUIDED) {
            activity = new DevelopmentActivity(number, employee.getNip(), kind, title, coach(s.coach(), employee),
                    access.callerName(), clock.instant());
        } else {
            String organiser = text(s.organiser(), "organiser", 200);
            LocalDate startsOn = date(s.startsOn(), "startsOn");
            LocalDate endsOn = date(s.endsOn(), "endsOn");
            if (endsOn.isBefore(startsOn)) {
                throw refused("endsOn", "claim.endsOn.beforeStart");
            }
            activity = switch (kind.path()) {
                case EVENT -> DevelopmentActivity.event(number, employee.getNip(), kind, title, organiser, startsOn,
                        endsOn, access.callerName(), clock.instant());
                case SELF_PACED -> DevelopmentActivity.ofPeriod(number, employee.getNip(), kind, title, organiser, null,
                        modules(s.modules()), startsOn, endsOn, access.callerName(), clock.instant());
                case PLACEMENT -> DevelopmentActivity.ofPeriod(number, employee.getNip(), kind, title, organiser,
                        coach(s.coach(), employee), null, startsOn, endsOn, access.callerName(), clock.instant());
                default -> {
                    supervisorOf(employee); // refused here, before anything is saved, if there is none
                    if (!endsOn.isAfter(startsOn)) {
                        throw refused("endsOn", "activity.study.endsOn.afterStart");
                    }
                    yield DevelopmentActivity.ofPeriod(number, employee.getNip(), kind, title, organiser, null, null,
                            startsOn, endsOn, access.callerName(), clock.instant());
                }
            };
        }
        DevelopmentActivity saved = activities.save(activity);
        saved.startedAs(trusted.call(() -> runtime.startProcessInstanceByKey(processOf(saved),
                saved.getActivityNumber(), variablesOf(saved, employee)).getId()));
        return saved;
    }

    private static int modules(Integer modules) {
        if (modules == null) {
            throw refused("modules", "form.required");
        }
        if (modules < 1 || modules > 500) {
            throw refused("modules", "form.integer.range", 1, 500);
        }
        return modules;
    }

    /** Who confirms a study's return to duty: the employee's supervisor, who must exist. */
    private String supervisorOf(Employee employee) {
        return employees.supervisorOf(employee).map(Employee::getUsername)
                .orElseThrow(() -> refused("employeeNip", "activity.supervisor.none"));
    }

    /**
     * An activity of a case's approved development plan, made ready for the case to run it (its call activity
     * starts the family's process with {@link #variablesOf}): a guided one or a placement with the employee's
     * supervisor as coach or mentor; an event, self-paced learning or a placement with the plan's organiser (the
     * platform, the host unit) and dates. Self-paced learning planned counts as one module: the employee reports it
     * complete or not.
     */
    public DevelopmentActivity planned(String caseNumber, String employeeNip, DevelopmentKind kind, String title, String organiser,
                          LocalDate startsOn, LocalDate endsOn, String approvedBy) {
        Employee employee = employees.get(employeeNip);
        String number = numbers.next(startsOn.getYear());
        DevelopmentActivity activity = switch (kind.path()) {
            case GUIDED -> new DevelopmentActivity(number, employeeNip, kind, title, coach(null, employee), approvedBy,
                    clock.instant());
            case EVENT -> DevelopmentActivity.event(number, employeeNip, kind, title, organiser, startsOn, endsOn,
                    approvedBy, clock.instant());
            case SELF_PACED -> DevelopmentActivity.ofPeriod(number, employeeNip, kind, title, organiser, null, 1,
                    startsOn, endsOn, approvedBy, clock.instant());
            case PLACEMENT -> DevelopmentActivity.ofPeriod(number, employeeNip, kind, title, organiser,
                    coach(null, employee), null, startsOn, endsOn, approvedBy, clock.instant());
            default -> throw new IllegalStateException(kind + " is not run by a case's plan");
        };
        activity.ofCase(caseNumber);
        return activities.save(activity);
    }

    /** The process of the activity's family. */
    public String processOf(DevelopmentActivity activity) {
        return switch (activity.getKind().path()) {
            case GUIDED -> ActivityProcess.GUIDED_PROCESS_ID;
            case EVENT -> ActivityProcess.EVENT_PROCESS_ID;
            case SELF_PACED -> ActivityProcess.SELF_PACED_PROCESS_ID;
            case PLACEMENT -> ActivityProcess.PLACEMENT_PROCESS_ID;
            case STUDY -> ActivityProcess.STUDY_PROCESS_ID;
            case SCHEDULED_COURSE -> throw new IllegalStateException("a course runs in its case, not as an activity");
        };
    }

    /**
     * The variables an activity's process starts with: who it is for, and what its steps wait for or are assigned
     * to: its coach or mentor, its end, a study's supervisor and the day its first semester's results are due.
     */
    Map<String, Object> variablesOf(DevelopmentActivity activity, Employee employee) {
        Map<String, Object> variables = new HashMap<>();
        switch (activity.getKind().path()) {
            case GUIDED -> variables.put(ActivityProcess.COACH, activity.getCoach());
            case EVENT -> variables.put(ActivityProcess.EVENT_ENDS_AT, endOfDay(activity.getEndsOn()));
            case SELF_PACED -> variables.put(ActivityProcess.ACTIVITY_ENDS_AT, endOfDay(activity.getEndsOn()));
            case PLACEMENT -> {
                variables.put(ActivityProcess.COACH, activity.getCoach());
                variables.put(ActivityProcess.ACTIVITY_ENDS_AT, endOfDay(activity.getEndsOn()));
            }
            case STUDY -> {
                variables.put(CaseVariables.SUPERVISOR, supervisorOf(employee));
                variables.put(ActivityProcess.SEMESTER_DUE_AT, semesterDueAt(activity, 1));
            }
            case SCHEDULED_COURSE -> throw new IllegalStateException("a course runs in its case, not as an activity");
        }
        variables.put(ActivityProcess.ACTIVITY_NUMBER, activity.getActivityNumber());
        variables.put(ActivityProcess.ACTIVITY_ID, activity.getId());
        variables.put(CaseVariables.EMPLOYEE_NIP, employee.getNip());
        variables.put(CaseVariables.EMPLOYEE_NAME, employee.getName());
        variables.put(CaseVariables.EMPLOYEE_UNIT, employee.getUnit());
        variables.put(CaseVariables.PARTICIPANT, employee.getUsername());
        return variables;
    }

    private static String endOfDay(LocalDate day) {
        return day.atTime(17, 0).atZone(WIB).toOffsetDateTime().toString();
    }

    /** When a study's semester results are due: six months a semester from its start. */
    static String semesterDueAt(DevelopmentActivity study, int semester) {
        return endOfDay(study.getStartsOn().plusMonths(6L * semester));
    }

    /** The variables of a planned activity's process, by its number. */
    @Transactional(readOnly = true)
    public Map<String, Object> variablesOf(String activityNumber) {
        DevelopmentActivity activity = byNumber(activityNumber);
        return variablesOf(activity, employees.get(activity.getEmployeeNip()));
    }

    @Transactional(readOnly = true)
    public DevelopmentActivity byNumber(String activityNumber) {
        return activities.findByActivityNumber(activityNumber)
                .orElseThrow(() -> new IllegalStateException("no activity " + activityNumber));
    }

    /** The activities of a case's plan. */
    @Transactional(readOnly = true)
    public List<DevelopmentActivity> ofCase(String caseNumber) {
        return activities.findByCaseNumberOrderByIdAsc(caseNumber);
    }

    /** The coach named, a user who is not the employee; by default the employee's supervisor. */
    private String coach(String named, Employee employee) {
        if (named == null || named.isBlank()) {
            return employees.supervisorOf(employee).map(Employee::getUsername)
                    .orElseThrow(() -> refused("coach", "activity.coach.none"));
        }
        String coach = named.strip();
        if (identity.createUserQuery().userId(coach).count() == 0) {
            throw refused("coach", "activity.coach.unknown", coach);
        }
        if (coach.equals(employee.getUsername())) {
            throw refused("coach", "activity.coach.self");
        }
        return coach;
    }

    void agreeGoals(long activityId, String goals, int plannedSessions) {
        get(activityId).agreeGoals(goals, plannedSessions, clock.instant());
    }

    void logSession(long activityId, LocalDate heldOn, int minutes, String notes, String by) {
        sessions.save(new ActivitySession(get(activityId).getId(), heldOn, minutes, notes, by, clock.instant()));
    }

    void close(long activityId, int goalsAttained, int appliedOnJob, String note) {
        get(activityId).close(goalsAttained, appliedOnJob, note, clock.instant());
    }

    void rate(long activityId, int usefulness, int coachHelpfulness, String comment) {
        get(activityId).rate(usefulness, coachHelpfulness, comment, clock.instant());
    }

    void recordAttendance(long activityId, boolean attended, Integer minutes, String certificateNumber, String by) {
        get(activityId).recordAttendance(attended, minutes, certificateNumber, by);
    }

    void reflect(long activityId, int usefulness, int learningRating, String actionPlan) {
        get(activityId).reflect(usefulness, learningRating, actionPlan, clock.instant());
    }

    void reportCompletion(long activityId, int modulesCompleted, Integer minutes, String certificateNumber,
                          LocalDate completedOn, int usefulness, int learningRating, String actionPlan) {
        get(activityId).reportCompletion(modulesCompleted, minutes, certificateNumber, completedOn, usefulness,
                learningRating, actionPlan, clock.instant());
    }

    void verifyCompletion(long activityId, boolean verified, String note, String by) {
        get(activityId).verifyCompletion(verified, note, by);
    }

    void assessPlacement(long activityId, int daysPresent, int minutes, int competenceAttained, int appliedOnJob,
                         String note) {
        get(activityId).assessPlacement(daysPresent, minutes, competenceAttained, appliedOnJob, note, clock.instant());
    }

    /** A study's next semester, recorded once; returns its number. Graduated: the study ends on the day given. */
    int recordSemester(long activityId, int credits, BigDecimal gradePoint, String transcriptNumber, String status,
                       LocalDate graduatedOn, String by) {
        DevelopmentActivity study = get(activityId);
        int semester = semestersOf(study).size() + 1;
        semesters.save(new ActivitySemester(study.getId(), semester, credits, gradePoint, transcriptNumber, status, by,
                clock.instant()));
        if (StudyForms.GRADUATED.equals(status)) {
            study.graduated(graduatedOn);
        } else {
            study.semesterRecorded(StudyForms.DISCONTINUED.equals(status));
        }
        return semester;
    }

    void returnToDuty(long activityId, LocalDate on, String note) {
        get(activityId).returnToDuty(on, note, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<ActivitySemester> semestersOf(DevelopmentActivity activity) {
        return semesters.findByActivityIdOrderBySemesterAsc(activity.getId());
    }

    /** Credits the completed activity's JP from its evidence (sessions, or the minutes attended), at most once. */
    JpLedger.Credit credit(long activityId) {
        DevelopmentActivity activity = get(activityId);
        if (activity.getStatus() != ActivityStatus.COMPLETED) {
            throw new IllegalStateException("activity " + activity.getActivityNumber() + " is " + activity.getStatus());
        }
        return ledger.creditActivity(creditOf(activity, sessionsOf(activity)));
    }

    /** The JP the activity earns from its evidence so far (sessions, minutes of learning, credits). */
    @Transactional(readOnly = true)
    public BigDecimal jpSoFar(DevelopmentActivity activity) {
        return jpFor(activity, activity.getKind().path() == DevelopmentKind.Path.GUIDED ? sessionsOf(activity) : List.of());
    }

    /** The same, from the guided activity's sessions already read (other families have none). */
    public BigDecimal jpFor(DevelopmentActivity activity, List<ActivitySession> logged) {
        boolean none = switch (activity.getKind().path()) {
            case GUIDED -> logged.isEmpty();
            case STUDY -> activity.getCompletedOn() == null;
            default -> activity.getAttendedMinutes() == null;
        };
        return none ? BigDecimal.ZERO : ledger.jpFor(creditOf(activity, logged));
    }

    private JpLedger.ActivityCredit creditOf(DevelopmentActivity activity, List<ActivitySession> logged) {
        switch (activity.getKind().path()) {
            case EVENT:
                return new JpLedger.ActivityCredit(activity.getId(), activity.getEmployeeNip(), activity.getKind(),
                        activity.getTitle(), activity.getOrganiser(), activity.getStartsOn(), activity.getEndsOn(),
                        activity.getAttendedMinutes(), 0);
            case SELF_PACED:
                return new JpLedger.ActivityCredit(activity.getId(), activity.getEmployeeNip(), activity.getKind(),
                        activity.getTitle(), activity.getOrganiser(), activity.getStartsOn(), activity.getCompletedOn(),
                        activity.getAttendedMinutes(), 0);
            case PLACEMENT:
                return new JpLedger.ActivityCredit(activity.getId(), activity.getEmployeeNip(), activity.getKind(),
                        activity.getTitle(), activity.getOrganiser(), activity.getStartsOn(), activity.getEndsOn(),
                        activity.getAttendedMinutes(), 0, activity.getDaysPresent(), 0);
            case STUDY:
                return new JpLedger.ActivityCredit(activity.getId(), activity.getEmployeeNip(), activity.getKind(),
                        activity.getTitle(), activity.getOrganiser(), activity.getStartsOn(), activity.getCompletedOn(),
                        0, 0, null, semestersOf(activity).stream().mapToInt(ActivitySemester::getCredits).sum());
            default:
                break;
        }
        return new JpLedger.ActivityCredit(activity.getId(), activity.getEmployeeNip(), activity.getKind(),
                activity.getTitle(), coachName(activity),
                logged.stream().map(ActivitySession::getHeldOn).min(Comparator.naturalOrder()).orElseThrow(),
                logged.stream().map(ActivitySession::getHeldOn).max(Comparator.naturalOrder()).orElseThrow(),
                logged.stream().mapToInt(ActivitySession::getMinutes).sum(), logged.size());
    }

    /** The coach as SIASN's organiser shows it: their name and the agency they work in, if they are an employee. */
    String coachName(DevelopmentActivity activity) {
        if (activity.getCoach() == null) {
            return activity.getOrganiser();
        }
        return employees.byUsername(activity.getCoach()).map(e -> e.getName() + ", " + e.getAgency())
                .orElse(activity.getCoach());
    }

    @Transactional(readOnly = true)
    public List<ActivitySession> sessionsOf(DevelopmentActivity activity) {
        return sessions.findByActivityIdOrderByHeldOnAscIdAsc(activity.getId());
    }

    @Transactional(readOnly = true)
    public DevelopmentActivity get(long activityId) {
        return activities.findById(activityId).orElseThrow(() -> new IllegalStateException("no activity " + activityId));
    }

    /** An activity by its number, if the caller may read it: the employee's readers and its coach. */
    @Transactional(readOnly = true)
    public Optional<DevelopmentActivity> readable(String number) {
        return activities.findByActivityNumber(number).filter(a -> access.callerName().equals(a.getCoach())
                || employees.find(a.getEmployeeNip()).filter(access::mayRead).isPresent());
    }
}
