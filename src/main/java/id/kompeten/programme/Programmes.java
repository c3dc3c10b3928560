package id.kompeten.programme;

import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.forms.FieldError;
import id.kompeten.forms.RequestRefused;
import id.kompeten.process.ProgrammeProcess;
import id.kompeten.process.TrustedEngineCalls;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programmes: a named group of participants' cases of one agency and year, with a budget and goals that the
 * evaluation report checks ("mean learning gain at least 0.3"). A programme is a case of its own
 * ({@code TrainingProgramProcess}): creating one starts it, and it opens a case per participant.
 */
@Service
@Transactional
public class Programmes {

    private final JdbcTemplate jdbc;
    private final EmployeeDirectory employees;
    private final RuntimeService runtime;
    private final TrustedEngineCalls trusted;
    private final Clock clock;

    Programmes(JdbcTemplate jdbc, EmployeeDirectory employees, RuntimeService runtime, TrustedEngineCalls trusted,
               Clock clock) {
        this.jdbc = jdbc;
        this.employees = employees;
        this.runtime = runtime;
        this.trusted = trusted;
        this.clock = clock;
    }

    /** The evaluation date is at the latest 31 December this many years after the programme's year. */
    static final int MAX_YEARS_AFTER = 2;

    public record Goal(String figure, BigDecimal atLeast, String description) {}

    /** @param competencies codes of the competencies the programme targets (optional) */
    public record NewProgramme(String code, String name, String agency, Integer year, String budgetCode,
                               LocalDate evaluationDate, List<Goal> goals, List<String> competencies,
                               List<String> participants) {}

    /** Creates the programme and its participants' cases; {@code mayManageAgency}: HR of the agency or admin. */
    public List<String> create(NewProgramme p, String user, Predicate<String> mayManageAgency) {
        checkHeading(p, mayManageAgency);
        List<String> competencies = checkedCompetencies(p.competencies());
        List<Goal> goals = p.goals() == null ? List.of() : p.goals();
        ProgrammeGoals.check(goals);
        List<Employee> people = checkedParticipants(p);
        LocalDate evaluationDate = checkedEvaluationDate(p);
        if (jdbc.queryForObject("select count(*) from programme where code = ?", Integer.class, p.code()) > 0) {
            throw new RequestRefused(HttpStatus.CONFLICT, new FieldError("code", "programme.exists", p.code()));
        }
        record(p, user, evaluationDate, goals, competencies, people);
        start(p, user, evaluationDate);
        return jdbc.queryForList("select case_number from programme_case where programme_code = ? order by case_number",
                String.class, p.code());
    }

    /** Code, name, agency (one the caller serves), year and budget. */
    private void checkHeading(NewProgramme p, Predicate<String> mayManageAgency) {
        if (p.code() == null || !p.code().matches("[A-Z0-9-]{3,40}")) {
            throw refused("code", "programme.code.invalid");
        }
        if (p.name() == null || p.name().isBlank() || p.name().length() > 200) {
            throw refused("name", "form.text.tooLong", 200);
        }
        if (p.agency() == null || !mayManageAgency.test(p.agency())) {
            throw new RequestRefused(HttpStatus.FORBIDDEN, new FieldError("agency", "jp.agency.forbidden", p.agency()));
        }
        int thisYear = Year.now(clock).getValue();
        if (p.year() == null || p.year() < thisYear - 1 || p.year() > thisYear + 1) {
            // years as text: MessageFormat would print 2025 as "2.025"
            throw refused("year", "case.year.range", String.valueOf(thisYear - 1), String.valueOf(thisYear + 1));
        }
        if (p.budgetCode() != null && jdbc.queryForObject("select count(*) from programme_budget where code = ?"
                + " and agency = ?", Integer.class, p.budgetCode(), p.agency()) == 0) {
            throw refused("budgetCode", "programme.budget.unknown", p.budgetCode());
        }
    }

    /** The competencies it targets: known ones, each once. */
    private List<String> checkedCompetencies(List<String> asked) {
        List<String> competencies = asked == null ? List.of() : asked;
        for (int i = 0; i < competencies.size(); i++) {
            String competency = competencies.get(i);
            if (competency == null || jdbc.queryForObject("select count(*) from competency where code = ?",
                    Integer.class, competency) == 0 || competencies.subList(0, i).contains(competency)) {
                throw refused("competencies[" + i + "]", "programme.competency.unknown", competency);
            }
        }
        return competencies;
    }

    /** 1 to 1000 employees of the agency, each once, none with an open case of that year. */
    private List<Employee> checkedParticipants(NewProgramme p) {
        List<String> participants = p.participants() == null ? List.of() : p.participants();
        if (participants.isEmpty() || participants.size() > 1000) {
            throw refused("participants", "programme.participants.count");
        }
        List<Employee> people = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            String nip = participants.get(i);
            int at = i;
            if (nip == null) {
                throw refused("participants[" + i + "]", "form.required");
            }
            Employee employee = employees.find(nip).filter(e -> e.getAgency().equals(p.agency()))
                    .orElseThrow(() -> refused("participants[" + at + "]", "case.employee.unknown", nip));
            if (participants.subList(0, i).contains(nip)) {
                throw refused("participants[" + i + "]", "programme.participant.twice", nip);
            }
            checkNoOpenCase("participants[" + i + "]", nip, p.year());
            people.add(employee);
        }
        return people;
    }

    /** The date of the report, 31 December of its year unless given: not past, not far beyond its year. */
    private LocalDate checkedEvaluationDate(NewProgramme p) {
        LocalDate evaluationDate = p.evaluationDate() != null ? p.evaluationDate() : LocalDate.of(p.year(), 12, 31);
        if (evaluationDate.isBefore(LocalDate.now(clock))) {
            throw refused("evaluationDate", "programme.evaluationDate.past");
        }
        // a programme runs within its year and a little after; a far date is a typo (or +99999-01-01)
        LocalDate latest = LocalDate.of(p.year() + MAX_YEARS_AFTER, 12, 31);
        if (evaluationDate.isAfter(latest)) {
            throw refused("evaluationDate", "programme.evaluationDate.tooFar", latest.toString());
        }
        return evaluationDate;
    }

    private void record(NewProgramme p, String user, LocalDate evaluationDate, List<Goal> goals,
                        List<String> competencies, List<Employee> people) {
        jdbc.update("insert into programme (code, name, agency, programme_year, budget_code, evaluation_date,"
                + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)", p.code(), p.name().strip(), p.agency(),
                p.year(), p.budgetCode(), Date.valueOf(evaluationDate), user, Timestamp.from(clock.instant()));
        for (Goal g : goals) {
            jdbc.update("insert into programme_goal (programme_code, figure, at_least, description) values (?, ?, ?, ?)",
                    p.code(), g.figure(), g.atLeast(), g.description().strip());
        }
        for (String competency : competencies) {
            jdbc.update("insert into programme_competency (programme_code, competency_code) values (?, ?)", p.code(),
                    competency);
        }
        for (Employee e : people) {
            jdbc.update("insert into programme_participant (programme_code, employee_nip, added_by, added_at)"
                    + " values (?, ?, ?, ?)", p.code(), e.getNip(), user, Timestamp.from(clock.instant()));
        }
    }

    /** The programme's own case: its call activity opens the participants' cases in this transaction. */
    private void start(NewProgramme p, String user, LocalDate evaluationDate) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProgrammeProcess.PROGRAMME_CODE, p.code());
        variables.put(ProgrammeProcess.PROGRAMME_YEAR, p.year());
        variables.put(ProgrammeProcess.PROGRAMME_OWNER, user);
        variables.put(ProgrammeProcess.EVALUATION_DATE,
                java.util.Date.from(evaluationDate.atTime(8, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant()));
        // nobody holds CREATE_INSTANCE: a programme starts here, after the checks above, or not at all
        String instance = trusted.call(() -> runtime.startProcessInstanceByKey(ProgrammeProcess.PROCESS_ID, p.code(),
                variables)).getId();
        jdbc.update("update programme set process_instance_id = ? where code = ?", instance, p.code());
    }

    /** A participant's case is opened by the programme: one already open for the year is refused (409). */
    void checkNoOpenCase(String field, String nip, int year) {
        String open = jdbc.query("select case_number from competency_case where employee_nip = ? and cycle_year = ?"
                + " and status = 'OPEN'", rs -> rs.next() ? rs.getString(1) : null, nip, year);
        if (open != null) {
            throw new RequestRefused(HttpStatus.CONFLICT, new FieldError(field, "programme.participant.caseOpen", nip, open));
        }
    }

    private static RequestRefused refused(String field, String code, Object... args) {
        return new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError(field, code, args));
    }
}
