package id.kompeten.programme;

import static id.kompeten.forms.FieldRule.TEXT_LIMIT;
import static id.kompeten.forms.FieldRule.display;
import static id.kompeten.forms.FieldRule.likert;
import static id.kompeten.forms.FieldRule.text;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.FormSpec;
import id.kompeten.forms.FormValues;
import id.kompeten.forms.TaskForm;
import id.kompeten.process.ProgrammeProcess;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The head of a unit's view of the programme, once per programme and unit ({@code unit_head_interview}): the
 * team's work, its reports, the speed of its administration and the public's satisfaction since the programme
 * (1-5), what changed and what stands in the way. The row is made when the head is asked; the answers are written
 * once, by the head, through this form.
 */
@Component
class UnitHeadInterviewForm implements TaskForm {

    static final String UNIT_NAME = "unitName";
    /** The four statements, in the form's order, and the columns they are kept in. */
    static final List<String> RATINGS = List.of("teamWork", "reportQuality", "administrationSpeed", "publicSatisfaction");
    static final String OBSERVED_CHANGES = "observedChanges";
    static final String OBSTACLES = "obstacles";

    private static final FormSpec SPEC = FormSpec.of("unit-head-interview",
            display(ProgrammeProcess.PROGRAMME_NAME),
            display(UNIT_NAME),
            likert(RATINGS.get(0)), likert(RATINGS.get(1)), likert(RATINGS.get(2)), likert(RATINGS.get(3)),
            text(OBSERVED_CHANGES, true, TEXT_LIMIT),
            text(OBSTACLES, false, TEXT_LIMIT));

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final UnitHeadInterviewEmails emails;

    UnitHeadInterviewForm(JdbcTemplate jdbc, Clock clock, UnitHeadInterviewEmails emails) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.emails = emails;
    }

    @Override
    public FormSpec spec() {
        return SPEC;
    }

    /**
     * Records that the head was asked (once: a task made again for the same unit asks no one twice) and asks them by
     * email.
     */
    @Override
    public void prepare(DelegateTask task) {
        String code = (String) task.getVariable(ProgrammeProcess.PROGRAMME_CODE);
        String unit = (String) task.getVariable(ProgrammeProcess.PROGRAMME_UNIT);
        int asked = jdbc.update("insert into unit_head_interview (programme_code, unit, head_username, asked_at)"
                + " select ?, ?, ?, ? where not exists (select 1 from unit_head_interview where programme_code = ?"
                + " and unit = ?)", code, unit, task.getAssignee(), Timestamp.from(clock.instant()), code, unit);
        if (asked == 1) {
            emails.ask(task.getAssignee(), code, programmeName(code), unit);
        }
    }

    @Override
    public void show(DelegateTask task, VariableMap shown) {
        String code = (String) task.getVariable(ProgrammeProcess.PROGRAMME_CODE);
        shown.putValue(ProgrammeProcess.PROGRAMME_NAME, programmeName(code) + " (" + code + ")");
        shown.putValue(UNIT_NAME, task.getVariable(ProgrammeProcess.PROGRAMME_UNIT));
    }

    private String programmeName(String code) {
        return jdbc.queryForObject("select name from programme where code = ?", String.class, code);
    }

    /** The head answers once: a unit already answered for is refused. */
    @Override
    public List<FieldError> check(DelegateExecution execution, FormValues values) {
        Integer open = jdbc.queryForObject("select count(*) from unit_head_interview where programme_code = ?"
                + " and unit = ? and answered_at is null", Integer.class,
                execution.getVariable(ProgrammeProcess.PROGRAMME_CODE), execution.getVariable(ProgrammeProcess.PROGRAMME_UNIT));
        return open != null && open == 1 ? List.of()
                : List.of(new FieldError(OBSERVED_CHANGES, "programme.unitInterview.answered"));
    }

    @Override
    public void submit(DelegateExecution execution, FormValues values) {
        jdbc.update("update unit_head_interview set answered_at = ?, team_work = ?, report_quality = ?,"
                + " administration_speed = ?, public_satisfaction = ?, observed_changes = ?, obstacles = ?"
                + " where programme_code = ? and unit = ? and answered_at is null", Timestamp.from(clock.instant()),
                values.integer(RATINGS.get(0)), values.integer(RATINGS.get(1)), values.integer(RATINGS.get(2)),
                values.integer(RATINGS.get(3)), values.text(OBSERVED_CHANGES).strip(),
                values.has(OBSTACLES) && !values.text(OBSTACLES).isBlank() ? values.text(OBSTACLES).strip() : null,
                execution.getVariable(ProgrammeProcess.PROGRAMME_CODE), execution.getVariable(ProgrammeProcess.PROGRAMME_UNIT));
    }
}
