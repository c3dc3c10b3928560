package id.kompeten.training;

import id.kompeten.employee.Employee;
import id.kompeten.evaluation.EvaluationResults;
import id.kompeten.forms.FieldError;
import id.kompeten.forms.FieldRule;
import id.kompeten.forms.RequestRefused;
import id.kompeten.process.CaseNote;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.TrustedEngineCalls;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's recorded results (attended minutes, pre- and post-test) change only by a correction of their own, by HR
 * of the employee's agency, with a reason: kept with who, when, the old and the new value, and shown in the
 * case's timeline. Only until the round's learning gain is evaluated: an evaluation, once made, stands on the
 * figures it was made from.
 */
@Service
@Transactional
class ResultCorrections {

    /** The figures HR owns, each with its range. */
    static final List<FieldRule> FIGURES = List.of(
            FieldRule.integer("attendedMinutes", true, 1, 100_000),
            FieldRule.integer("preTestScore", true, 0, 100),
            FieldRule.integer("postTestScore", true, 0, 100));

    /** How the timeline names them (it is read in Indonesian, like the step names beside them). */
    static final java.util.Map<String, String> LABELS = java.util.Map.of("attendedMinutes", "menit kehadiran",
            "preTestScore", "nilai pre-test", "postTestScore", "nilai post-test");

    public record Correction(String figure, Integer value, String reason) {}

    public record Corrected(String caseNumber, String figure, int oldValue, int newValue, String reason,
                            String correctedBy, Instant correctedAt) {}

    private final EnrollmentRepository enrollments;
    private final CaseEmployees caseEmployees;
    private final EvaluationResults evaluations;
    private final RuntimeService runtime;
    private final TrustedEngineCalls trusted;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResultCorrections(EnrollmentRepository enrollments, CaseEmployees caseEmployees, EvaluationResults evaluations,
                      RuntimeService runtime, TrustedEngineCalls trusted, JdbcTemplate jdbc,
                      ApplicationEventPublisher events, Clock clock) {
        this.enrollments = enrollments;
        this.caseEmployees = caseEmployees;
        this.evaluations = evaluations;
        this.runtime = runtime;
        this.trusted = trusted;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public Corrected correct(String caseNumber, Correction c, String by, Predicate<Employee> mayManage) {
        caseEmployees.of(caseNumber).filter(mayManage)
                .orElseThrow(() -> refused(HttpStatus.NOT_FOUND, "caseNumber", "case.notFound", caseNumber));
        Enrollment attended = enrollments.findFirstByCaseNumberAndStatusOrderByEnrolledAtDesc(caseNumber,
                EnrollmentStatus.ATTENDED)
                .orElseThrow(() -> refused(HttpStatus.CONFLICT, "caseNumber", "correction.nothingRecorded", caseNumber));
        FieldRule figure = FIGURES.stream().filter(f -> f.key().equals(c.figure())).findFirst()
                .orElseThrow(() -> refused(HttpStatus.BAD_REQUEST, "figure", "form.choice.allowed",
                        "attendedMinutes, postTestScore, preTestScore"));
        long max = figure.key().equals("attendedMinutes") ? attended.getSession().getMinutes() : figure.max();
        if (c.value() == null || c.value() < figure.min() || c.value() > max) {
            throw refused(HttpStatus.BAD_REQUEST, "value", "form.integer.range", figure.min(), max);
        }
        if (c.reason() == null || c.reason().isBlank()) {
            throw refused(HttpStatus.BAD_REQUEST, "reason", "form.required");
        }
        if (c.reason().strip().length() > FieldRule.TEXT_LIMIT) {
            throw refused(HttpStatus.BAD_REQUEST, "reason", "form.text.tooLong", FieldRule.TEXT_LIMIT);
        }
        boolean evaluated = evaluations.of(caseNumber).stream().anyMatch(r -> r.getRound() == attended.getRound()
                && EvaluationResults.LEARNING_GAIN.equals(r.getMeasure()));
        if (evaluated) {
            throw refused(HttpStatus.CONFLICT, "figure", "correction.alreadyEvaluated", caseNumber);
        }
        int old = attended.correct(figure.key(), c.value());
        if (old == c.value()) {
            throw refused(HttpStatus.BAD_REQUEST, "value", "correction.unchanged", String.valueOf(old));
        }
        Instant now = clock.instant();
        String reason = c.reason().strip();
        jdbc.update("insert into figure_correction (case_number, enrollment_id, figure, old_value, new_value, reason,"
                + " corrected_by, corrected_at) values (?, ?, ?, ?, ?, ?, ?, ?)", caseNumber, attended.getId(),
                figure.key(), old, c.value(), reason, by, Timestamp.from(now));
        mirror(caseNumber, figure.key(), c.value());
        events.publishEvent(new CaseNote(caseNumber, "Correction_" + figure.key(),
                "Koreksi " + LABELS.get(figure.key()) + ": " + old + " → " + c.value(), by, reason));
        return new Corrected(caseNumber, figure.key(), old, c.value(), reason, by, now);
    }

    /** The process shows the scores too (a mirror; the evaluation reads the enrolment): kept in step. */
    private void mirror(String caseNumber, String figure, int value) {
        if (figure.equals("attendedMinutes")) {
            return;
        }
        trusted.run(() -> runtime.createProcessInstanceQuery().processDefinitionKey(CaseProcess.PROCESS_ID)
                .processInstanceBusinessKey(caseNumber).listPage(0, 1)
                .forEach(instance -> runtime.setVariable(instance.getId(), figure, value)));
    }

    private static RequestRefused refused(HttpStatus status, String field, String code, Object... args) {
        return new RequestRefused(status, new FieldError(field, code, args));
    }
}
