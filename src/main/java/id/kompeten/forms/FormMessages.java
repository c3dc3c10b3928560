package id.kompeten.forms;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Error texts for refused answers, Indonesian first and English second: an error reaches Tasklist and REST
 * clients in one message, and the engine does not know the reader's language. Tasklist's
 * scripts/form-refusals.js reads this shape ("field: Indonesian / English", joined by "; ") to show the reader's
 * half with the field's label.
 */
@Component
public class FormMessages {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final MessageSource messages;

    public FormMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String describe(FieldError error) {
        String id = messages.getMessage(error.code(), error.args(), INDONESIAN);
        String en = messages.getMessage(error.code(), error.args(), Locale.ENGLISH);
        return error.field() + ": " + id + " / " + en;
    }

    /** A refusal as the API answers it: an RFC 9457 problem whose detail and {@code errors} name the field. */
    public org.springframework.http.ProblemDetail problem(org.springframework.http.HttpStatusCode status, FieldError error) {
        org.springframework.http.ProblemDetail problem = org.springframework.http.ProblemDetail.forStatusAndDetail(status,
                describe(error));
        problem.setProperty("errors", java.util.Map.of(error.field(), describe(error)));
        return problem;
    }

    public String describe(List<FieldError> errors) {
        return errors.stream().map(this::describe).collect(Collectors.joining("; "));
    }
}
