package id.kompeten.forms;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A request body that JSON could not be bound from, as the field at fault: Jackson's path
 * ({@code goals[0].atLeast}) and what that field must be. Jackson's own message names Java classes, so it
 * is never passed on.
 */
public final class JsonFieldErrors {

    private JsonFieldErrors() {}

    public static FieldError of(Throwable unreadable) {
        DatabindException mapping = find(unreadable, DatabindException.class);
        String field = mapping instanceof JsonMappingException m ? path(m) : "";
        if (field.isEmpty()) {
            return new FieldError("body", "api.body.unreadable");
        }
        if (find(unreadable, InputCoercionException.class) != null
                || find(unreadable, StreamConstraintsException.class) != null) {
            return new FieldError(field, "form.number.outOfRange");
        }
        Class<?> type = mapping instanceof MismatchedInputException m ? m.getTargetType() : null;
        return new FieldError(field, expected(type));
    }

    /** {@code goals[0].atLeast} from Jackson's chain of references. */
    static String path(JsonMappingException e) {
        return e.getPath().stream().map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName()
                : ref.getIndex() >= 0 ? "[" + ref.getIndex() + "]" : "").collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "api.field.invalid";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "form.integer.type";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == BigDecimal.class) {
            return "form.number.type";
        }
        if (type == LocalDate.class) {
            return "form.date.type";
        }
        if (type == Instant.class) {
            return "form.instant.type";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "form.boolean.type";
        }
        if (type == String.class) {
            return "form.text.type";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "form.list.type";
        }
        return "api.field.invalid";
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return kind.cast(t);
            }
        }
        return null;
    }
}
