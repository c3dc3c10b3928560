package id.kompeten.forms;

import java.util.List;
import java.util.Map;

/** The submitted answers of a form after the field rules accepted them, typed. */
public final class FormValues {

    private final Map<String, Object> values;

    FormValues(Map<String, Object> values) {
        this.values = values;
    }

    public boolean has(String key) {
        return values.get(key) != null;
    }

    public String text(String key) {
        return (String) values.get(key);
    }

    public Integer integer(String key) {
        return (Integer) values.get(key);
    }

    public java.math.BigDecimal decimal(String key) {
        return (java.math.BigDecimal) values.get(key);
    }

    public java.time.LocalDate date(String key) {
        return (java.time.LocalDate) values.get(key);
    }

    /** A choice's value; "true"/"false" choices are read as booleans. */
    public Boolean bool(String key) {
        Object value = values.get(key);
        return value == null ? null : Boolean.valueOf((String) value);
    }

    /** The values chosen of a multiple choice, none if none. */
    @SuppressWarnings("unchecked")
    public List<String> choices(String key) {
        Object value = values.get(key);
        return value == null ? List.of() : (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    public List<FormValues> rows(String key) {
        Object value = values.get(key);
        return value == null ? List.of() : (List<FormValues>) value;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
