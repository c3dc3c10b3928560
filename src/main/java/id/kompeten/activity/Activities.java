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
 * Development activities with steps of their own, beyond a scheduled course, started by HR of the employee's agency.
 * The guided family (coaching, mentoring): its coach (the employee's supervisor unless another is named) agrees the
 * goals, logs each session and closes it with an assessment; the employee rates it; JP from the sessions logged. The
 * event family (seminar, workshop, ...): registered with its organiser and dates, HR record the attendance after it,
 * the employee reflects on it; JP from the minutes attended. Each credited once by its kind's rule.
 */
@Service
@Transactional
public class Activities {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final ActivityRepository activities;
    private final ActivitySessionRepository sessions;
    private final EmployeeDirectory employees;
    private final CaseAccess access;
    private final IdentityService identity;
    private final RuntimeService runtime;
    private final TrustedEngineCalls trusted;
    private final ActivityNumbers numbers;
    private final JpLedger ledger;
    private final Clock clock;

    Activities(ActivityRepository activities, ActivitySessionRepository sessions, EmployeeDirectory employees,
               CaseAccess access, IdentityService identity, RuntimeService runtime, TrustedEngineCalls trusted,
               ActivityNumbers numbers, JpLedger ledger, Clock clock) {
        this.activities = activities;
        this.sessions = sessions;
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
     * An activity as HR start it: a coaching or mentoring with its coach (left out: the employee's supervisor), or
     * an event with its organiser and dates ({@code YYYY-MM-DD}).
     */
    public record Start(String employeeNip, String kind, String title, String coach, String organiser, String startsOn,
                        String endsOn) {

        public Start(String employeeNip, String kind, String title, String coach) {
            this(employeeNip, kind, title, coach, null, null, null);
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
        if (kind.path() != DevelopmentKind.Path.GUIDED && kind.path() != DevelopmentKind.Path.EVENT) {
            throw refused("kind", "activity.kind.notGuided");
        }
        String title = text(s.title(), "title", 300);
        String number = numbers.next(LocalDate.now(clock.withZone(WIB)).getYear());
        DevelopmentActivity activity;
        if (kind.path() == DevelopmentKind.Path.GUIDED) {
            activity = activities.save(new DevelopmentActivity(number, employee.getNip(), kind, title,
                    coach(s.coach(), employee), access.callerName(), clock.instant()));
        } else {
            String organiser = text(s.organiser(), "organiser", 200);
            LocalDate startsOn = date(s.startsOn(), "startsOn");
            LocalDate endsOn = date(s.endsOn(), "endsOn");
            if (endsOn.isBefore(startsOn)) {
                throw refused("endsOn", "claim.endsOn.beforeStart");
            }
            activity = activities.save(DevelopmentActivity.event(number, employee.getNip(), kind, title,
                    organiser, startsOn, endsOn, access.callerName(), clock.instant()));
        }
        activity.startedAs(trusted.call(() -> runtime.startProcessInstanceByKey(processOf(activity),
                activity.getActivityNumber(), variablesOf(activity, employee)).getId()));
        return activity;
    }

    /**
     * An activity of a case's approved development plan, made ready for the case to run it (its call activity
     * starts the family's process with {@link #variablesOf}): a guided one with the employee's supervisor as coach,
     * an event with the plan's organiser and dates.
     */
    public DevelopmentActivity planned(String caseNumber, String employeeNip, DevelopmentKind kind, String title, String organiser,
                          LocalDate startsOn, LocalDate endsOn, String approvedBy) {
        Employee employee = employees.get(employeeNip);
        String number = numbers.next(startsOn.getYear());
        DevelopmentActivity activity = kind.path() == DevelopmentKind.Path.GUIDED
                ? new DevelopmentActivity(number, employeeNip, kind, title, coach(null, employee), approvedBy,
                        clock.instant())
                : DevelopmentActivity.event(number, employeeNip, kind, title, organiser, startsOn, endsOn, approvedBy,
                        clock.instant());
        activity.ofCase(caseNumber);
        return activities.save(activity);
    }

    /** The process of the activity's family. */
    public String processOf(DevelopmentActivity activity) {
        return switch (activity.getKind().path()) {
            case GUIDED -> ActivityProcess.GUIDED_PROCESS_ID;
            case EVENT -> ActivityProcess.EVENT_PROCESS_ID;
            default -> throw new IllegalStateException("no process for " + activity.getKind());
        };
    }

    /** The variables an activity's process starts with: who it is for, its coach or its end. */
    Map<String, Object> variablesOf(DevelopmentActivity activity, Employee employee) {
        Map<String, Object> variables = new HashMap<>();
        if (activity.getKind().path() == DevelopmentKind.Path.GUIDED) {
            variables.put(ActivityProcess.COACH, activity.getCoach());
        } else {
            variables.put(ActivityProcess.EVENT_ENDS_AT,
                    activity.getEndsOn().atTime(17, 0).atZone(WIB).toOffsetDateTime().toString());
        }
        variables.put(ActivityProcess.ACTIVITY_NUMBER, activity.getActivityNumber());
        variables.put(ActivityProcess.ACTIVITY_ID, activity.getId());
        variables.put(CaseVariables.EMPLOYEE_NIP, employee.getNip());
        variables.put(CaseVariables.EMPLOYEE_NAME, employee.getName());
        variables.put(CaseVariables.EMPLOYEE_UNIT, employee.getUnit());
        variables.put(CaseVariables.PARTICIPANT, employee.getUsername());
        return variables;
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

    /** Credits the completed activity's JP from its evidence (sessions, or the minutes attended), at most once. */
    JpLedger.Credit credit(long activityId) {
        DevelopmentActivity activity = get(activityId);
        if (activity.getStatus() != ActivityStatus.COMPLETED) {
            throw new IllegalStateException("activity " + activity.getActivityNumber() + " is " + activity.getStatus());
        }
        return ledger.creditActivity(creditOf(activity, sessionsOf(activity)));
    }

    /** The JP the activity earns from its evidence so far (the sessions logged, or the minutes attended). */
    @Transactional(readOnly = true)
    public BigDecimal jpSoFar(DevelopmentActivity activity) {
        return jpFor(activity, activity.getKind().path() == DevelopmentKind.Path.EVENT ? List.of() : sessionsOf(activity));
    }

    /** The same, from the guided activity's sessions already read (an event's are none). */
    public BigDecimal jpFor(DevelopmentActivity activity, List<ActivitySession> logged) {
        boolean none = activity.getKind().path() == DevelopmentKind.Path.EVENT ? activity.getAttendedMinutes() == null
                : logged.isEmpty();
        return none ? BigDecimal.ZERO : ledger.jpFor(creditOf(activity, logged));
    }

    private JpLedger.ActivityCredit creditOf(DevelopmentActivity activity, List<ActivitySession> logged) {
        if (activity.getKind().path() == DevelopmentKind.Path.EVENT) {
            return new JpLedger.ActivityCredit(activity.getId(), activity.getEmployeeNip(), activity.getKind(),
                    activity.getTitle(), activity.getOrganiser(), activity.getStartsOn(), activity.getEndsOn(),
                    activity.getAttendedMinutes(), 0);
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
