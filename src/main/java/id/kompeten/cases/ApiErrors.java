package id.kompeten.cases;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.FormMessages;
import id.kompeten.forms.RequestRefused;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Refusals of the case API as RFC 9457 problem details naming the field, Indonesian first. */
@RestControllerAdvice
class ApiErrors {

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
        return problem(HttpStatus.BAD_REQUEST, new FieldError("body", "api.body.unreadable"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, new FieldError(e.getName(), "form.text.type"));
    }

    private ProblemDetail problem(HttpStatus status, FieldError error) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.describe(error));
        problem.setProperty("errors", Map.of(error.field(), messages.describe(error)));
        return problem;
    }
}
