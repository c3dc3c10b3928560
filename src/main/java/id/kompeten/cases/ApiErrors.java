package id.kompeten.cases;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.FormMessages;
import id.kompeten.forms.JsonFieldErrors;
import id.kompeten.forms.RequestRefused;
import id.kompeten.system.DatabaseUnavailable;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Refusals of the case API as RFC 9457 problem details naming the field, Indonesian first. */
@RestControllerAdvice
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final FormMessages messages;

    ApiErrors(FormMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CompetencyCases.CaseAlreadyOpen.class)
    ProblemDetail alreadyOpen(CompetencyCases.CaseAlreadyOpen e) {
        return problem(HttpStatus.CONFLICT, e.error());
    }

    @ExceptionHandler(CompetencyCases.InvalidCaseRequest.class)
    ProblemDetail invalid(CompetencyCases.InvalidCaseRequest e) {
        return problem(HttpStatus.BAD_REQUEST, e.error());
    }

    @ExceptionHandler(CaseController.CaseNotFound.class)
    ProblemDetail notFound(CaseController.CaseNotFound e) {
        return problem(HttpStatus.NOT_FOUND, new FieldError("caseNumber", "case.notFound", e.caseNumber));
    }

    @ExceptionHandler(RequestRefused.class)
    ProblemDetail refused(RequestRefused e) {
        return problem(e.status(), e.error());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        // the field at fault by its JSON path (goals[0].atLeast), never Jackson's message (it names Java types)
        return problem(HttpStatus.BAD_REQUEST, JsonFieldErrors.of(e));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        boolean whole = type == Integer.class || type == int.class || type == Long.class || type == long.class;
        return problem(HttpStatus.BAD_REQUEST, new FieldError(e.getName(), whole ? "form.integer.type" : "form.text.type"));
    }

    /** Two changes of one case at once: the engine refused the later one; the client may try again. */
    @ExceptionHandler(OptimisticLockingException.class)
    ProblemDetail concurrent(OptimisticLockingException e) {
        return problem(HttpStatus.CONFLICT, new FieldError("body", "api.concurrentChange"));
    }

    /**
     * The database gone (stopped, restarting): 503 and when to try again, as the outermost filter answers (system).
     * Otherwise a backstop: whatever slipped past the checks, the database's message (SQL, columns) stays in the log.
     */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> database(DataAccessException e) {
        if (DatabaseUnavailable.in(e)) {
            log.warn("database unavailable: an /api request answered 503 ({})", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, new FieldError("body", DatabaseUnavailable.MESSAGE)));
        }
        log.error("database refused an /api request", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                new FieldError("body", "api.internal")));
    }

    private ProblemDetail problem(HttpStatus status, FieldError error) {
        return messages.problem(status, error);
    }
}
