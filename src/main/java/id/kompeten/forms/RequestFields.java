package id.kompeten.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;

/** The fields of an /api request, each read or refused by its own name (400): required text, text with a limit, dates. */
public final class RequestFields {

    private RequestFields() {}

    /** The value, stripped; refused when missing or blank. */
    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw refused(field, "form.required");
        }
        return value.strip();
    }

    /** Required text of at most {@code limit} characters, stripped. */
    public static String text(String value, String field, int limit) {
        String text = required(value, field);
        if (text.length() > limit) {
            throw refused(field, "form.text.tooLong", limit);
        }
        return text;
    }

    /** A required date as {@code YYYY-MM-DD}. */
    public static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(required(value, field));
        } catch (DateTimeParseException e) {
            throw refused(field, "form.date.type");
        }
    }

    public static RequestRefused refused(String field, String code, Object... args) {
        return new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError(field, code, args));
    }
}
