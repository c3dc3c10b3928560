package id.kompeten.programme;

import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.forms.FieldError;
import id.kompeten.forms.RequestRefused;
import id.kompeten.process.ProgrammeProcess;
import id.kompeten.training.EnrollmentChanges;
import id.kompeten.training.TrainingSession;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetActivityInstanceCmd;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes HR make to a running programme: a participant added (the running multi-instance call activity gets
 * one more instance, which opens the case), a session added (paid from the programme's budget), an L4
 * indicator entered. Each checks the caller serves the programme's agency and refuses bad input naming the field.
 */
@Service
@Transactional
public class ProgrammeChanges {

    private final JdbcTemplate jdbc;
    private final EmployeeDirectory employees;
    private final Programmes programmes;
    private final EnrollmentChanges sessions;
    private final ProcessEngineConfigurationImpl engine;
    private final Clock clock;

    ProgrammeChanges(JdbcTemplate jdbc, EmployeeDirectory employees, Programmes programmes, EnrollmentChanges sessions,
                     ProcessEngineConfigurationImpl engine, Clock clock) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.employees = employees;
        this.programmes = programmes;
        this.sessions = sessions;
        this.clock = clock;
    }

    private record Programme(String code, String agency, int year, String budgetCode, String processInstanceId) {}

    /** Adds a participant and opens their case in the running programme; returns the case number. */
    public String addParticipant(String code, String nip, String user, Predicate<String> mayManageAgency) {
        Programme p = programme(code, mayManageAgency);
        if (nip == null || employees.find(nip).filter(e -> e.getAgency().equals(p.agency())).isEmpty()) {
            throw refused("employeeNip", "case.employee.unknown", nip);
        }
        if (jdbc.queryForObject("select count(*) from programme_participant where programme_code = ? and employee_nip = ?",
                Integer.class, code, nip) > 0) {
            throw new RequestRefused(HttpStatus.CONFLICT, new FieldError("employeeNip", "programme.participant.twice", nip));
        }
        programmes.checkNoOpenCase("employeeNip", nip, p.year());
        jdbc.update("insert into programme_participant (programme_code, employee_nip, added_by, added_at) values (?, ?, ?, ?)",
                code, nip, user, Timestamp.from(clock.instant()));
        // one more inner instance of the running multi-instance. Access was checked above (the caller serves the
        // agency), so the engine's own check, which knows nothing of agencies, is not asked to grant it too.
        boolean added = p.processInstanceId() != null && engine.getCommandExecutorTxRequired().execute(context -> {
            context.disableAuthorizationCheck();
            ActivityInstance tree = new GetActivityInstanceCmd(p.processInstanceId()).execute(context);
            ActivityInstance[] bodies = tree == null ? new ActivityInstance[0]
                    : tree.getActivityInstances(ProgrammeProcess.ACTIVITY_PARTICIPANT_CASES_BODY);
            if (bodies.length == 0) {
                return false;
            }
            ActivityInstance body = bodies[0];
            new ProcessInstanceModificationBuilderImpl(context, p.processInstanceId())
                    .startBeforeActivity(ProgrammeProcess.ACTIVITY_PARTICIPANT_CASES, body.getId())
                    .setVariableLocal(ProgrammeProcess.PARTICIPANT_NIP, nip)
                    .execute();
            return true;
        });
        if (!added) {
            // the cases stage is over (the report is being written or published): a new case would not count;
            // the participant row is rolled back with this refusal
            throw new RequestRefused(HttpStatus.CONFLICT, new FieldError("code", "programme.cases.over", code));
        }
        return jdbc.queryForObject("select c.case_number from programme_case p join competency_case c"
                + " on c.case_number = p.case_number where p.programme_code = ? and c.employee_nip = ? and c.status = 'OPEN'",
                String.class, code, nip);
    }

    /** Offers a new session of the programme, paid from its budget; returns the session's id. */
    public long addSession(String code, EnrollmentChanges.NewSession session, Predicate<String> mayManageAgency) {
        Programme p = programme(code, mayManageAgency);
        if (p.budgetCode() == null) {
            throw new RequestRefused(HttpStatus.CONFLICT, new FieldError("budgetCode", "programme.budget.none", code));
        }
        TrainingSession added = sessions.addSession(session, p.budgetCode());
        jdbc.update("insert into programme_session (programme_code, session_id) values (?, ?)", code, added.getId());
        return added.getId();
    }

    /** An L4 indicator of one unit, measured before and after the programme. */
    public record NewIndicator(String unit, String name, BigDecimal before, BigDecimal after, Boolean higherIsBetter) {}

    public long addIndicator(String code, NewIndicator i, String user, Predicate<String> mayManageAgency) {
        programme(code, mayManageAgency);
        text("unit", i.unit());
        text("name", i.name());
        number("before", i.before());
        number("after", i.after());
        if (i.higherIsBetter() == null) {
            throw refused("higherIsBetter", "form.required");
        }
        jdbc.update("insert into programme_indicator (programme_code, unit, name, before_value, after_value,"
                + " higher_is_better, entered_by, entered_at) values (?, ?, ?, ?, ?, ?, ?, ?)", code, i.unit().strip(),
                i.name().strip(), i.before(), i.after(), i.higherIsBetter(), user, Timestamp.from(clock.instant()));
        return jdbc.queryForObject("select max(id) from programme_indicator where programme_code = ?", Long.class, code);
    }

    private static void text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw refused(field, "form.required");
        }
        if (value.length() > 200) {
            throw refused(field, "form.text.tooLong", 200);
        }
    }

    private static void number(String field, BigDecimal value) {
        if (value == null) {
            throw refused(field, "form.required");
        }
        if (value.abs().compareTo(new BigDecimal("1000000000")) >= 0 || value.scale() > 4) {
            throw refused(field, "programme.indicator.number");
        }
    }

    private Programme programme(String code, Predicate<String> mayManageAgency) {
        List<Programme> found = jdbc.query("select code, agency, programme_year, budget_code, process_instance_id"
                + " from programme where code = ?", (rs, i) -> new Programme(rs.getString(1), rs.getString(2),
                rs.getInt(3), rs.getString(4), rs.getString(5)), code);
        return found.stream().filter(p -> mayManageAgency.test(p.agency())).findFirst()
                .orElseThrow(() -> new RequestRefused(HttpStatus.NOT_FOUND, new FieldError("code", "programme.notFound", code)));
    }

    private static RequestRefused refused(String field, String code, Object... args) {
        return new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError(field, code, args));
    }
}
