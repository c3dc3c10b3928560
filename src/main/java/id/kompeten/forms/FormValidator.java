package id.kompeten.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/** Applies a {@link FormSpec}'s field rules to raw submitted values. Engine-free. */
final class FormValidator {

    /** No form of ours has more rows than this; more is a malformed or hostile submission. */
    static final int MAX_ROWS = 50;

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Result(FormValues values, List<FieldError> errors) {}

    /** @param raw the submitted value of a key (a String, Number, Boolean, List, Map or JSON text), or null */
    public Result validate(FormSpec spec, Function<String, Object> raw) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> values = validateFields(spec.fields(), "", raw, errors);
        return new Result(new FormValues(values), errors);
    }

    private Map<String, Object> validateFields(List<FieldRule> rules, String prefix, Function<String, Object> raw,
                                               List<FieldError> errors) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldRule rule : rules) {
            if (rule.kind() == FieldRule.Kind.DISPLAY) {
                continue;
            }
            String path = prefix + rule.key();
            Object value = raw.apply(rule.key());
            if (value == null || (value instanceof String s && s.isBlank())) {
                if (rule.required()) {
                    errors.add(new FieldError(path, "form.required"));
                }
                continue;
            }
            Object accepted = switch (rule.kind()) {
                case TEXT -> text(rule, path, value, errors);
                case INTEGER -> integer(rule, path, value, errors);
                case DECIMAL -> decimal(rule, path, value, errors);
                case DATE -> date(path, value, errors);
                case CHOICE -> choice(rule, path, value, errors);
                case CHOICES -> choices(rule, path, value, errors);
                case LIST -> rows(rule, path, value, errors);
                case DISPLAY -> null;
            };
            values.put(rule.key(), accepted);
        }
        return values;
    }

    private static String text(FieldRule rule, String path, Object value, List<FieldError> errors) {
        if (!(value instanceof String s)) {
            errors.add(new FieldError(path, "form.text.type"));
            return null;
        }
        String trimmed = s.strip();
        if (trimmed.length() > rule.maxLength()) {
            errors.add(new FieldError(path, "form.text.tooLong", rule.maxLength()));
            return null;
        }
        return trimmed;
    }

    private static Integer integer(FieldRule rule, String path, Object value, List<FieldError> errors) {
        Long number = null;
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            number = ((Number) value).longValue();
        } else if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && Math.abs(n.doubleValue()) < 1e12) {
            number = n.longValue();
        } else if (value instanceof String s && s.strip().matches("-?\\d{1,12}")) {
            number = Long.parseLong(s.strip());
        }
        if (number == null || number < rule.min() || number > rule.max()) {
            errors.add(new FieldError(path, "form.integer.range", rule.min(), rule.max()));
            return null;
        }
        return number.intValue();
    }

    private static java.math.BigDecimal decimal(FieldRule rule, String path, Object value, List<FieldError> errors) {
        java.math.BigDecimal number = null;
        try {
            if (value instanceof Number n && !(value instanceof Double d && (d.isNaN() || d.isInfinite()))) {
                number = new java.math.BigDecimal(n.toString());
            } else if (value instanceof String s && s.strip().matches("-?\\d{1,12}([.,]\\d+)?")) {
                number = new java.math.BigDecimal(s.strip().replace(',', '.'));
            }
        } catch (NumberFormatException e) {
            number = null;
        }
        java.math.BigDecimal min = java.math.BigDecimal.valueOf(rule.min(), 2);
        java.math.BigDecimal max = java.math.BigDecimal.valueOf(rule.max(), 2);
        if (number == null || number.stripTrailingZeros().scale() > 2 || number.compareTo(min) < 0
                || number.compareTo(max) > 0) {
            errors.add(new FieldError(path, "form.decimal.range", min.stripTrailingZeros().toPlainString(),
                    max.stripTrailingZeros().toPlainString()));
            return null;
        }
        return number.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static java.time.LocalDate date(String path, Object value, List<FieldError> errors) {
        if (value instanceof String s) {
            try {
                return java.time.LocalDate.parse(s.strip());
            } catch (java.time.format.DateTimeParseException e) {
                // refused below
            }
        }
        errors.add(new FieldError(path, "form.date.type"));
        return null;
    }

    /** A list of allowed values, each once; the first value not allowed is refused by its place. */
    private static List<String> choices(FieldRule rule, String path, Object value, List<FieldError> errors) {
        if (!(value instanceof List<?> list)) {
            errors.add(new FieldError(path, "form.choices.type"));
            return null;
        }
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object each = list.get(i);
            if (!(each instanceof String s) || !rule.allowed().contains(s.strip())) {
                errors.add(new FieldError(path + "[" + i + "]", "form.choice.allowed",
                        String.join(", ", new java.util.TreeSet<>(rule.allowed()))));
                return null;
            }
            if (!chosen.contains(s.strip())) {
                chosen.add(s.strip());
            }
        }
        return chosen;
    }

    private static String choice(FieldRule rule, String path, Object value, List<FieldError> errors) {
        String s = value instanceof String || value instanceof Boolean || value instanceof Number
                ? String.valueOf(value).strip() : null;
        if (s == null || !rule.allowed().contains(s)) {
            errors.add(new FieldError(path, "form.choice.allowed", String.join(", ", new TreeSet<>(rule.allowed()))));
            return null;
        }
        return s;
    }

    private List<FormValues> rows(FieldRule rule, String path, Object value, List<FieldError> errors) {
        Object parsed = value;
        if (value instanceof String s) {
            try {
                parsed = JSON.readValue(s, Object.class);
            } catch (JsonProcessingException e) {
                parsed = null;
            }
        }
        if (!(parsed instanceof List<?> list) || list.isEmpty() || !list.stream().allMatch(Map.class::isInstance)) {
            errors.add(new FieldError(path, "form.list.type"));
            return null;
        }
        if (list.size() > MAX_ROWS) {
            errors.add(new FieldError(path, "form.list.tooMany", MAX_ROWS));
            return null;
        }
        List<FormValues> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Map<?, ?> row = (Map<?, ?>) list.get(i);
            rows.add(new FormValues(validateFields(rule.itemFields(), path + "[" + i + "].", row::get, errors)));
        }
        return rows;
    }
}
