package id.kompeten.forms;

import java.util.List;
import java.util.Set;

/**
 * What the server accepts for one field of a form. DISPLAY fields only show case data and are ignored on
 * submit; a LIST holds rows (a form-js dynamic list) whose fields have rules of their own.
 */
public record FieldRule(String key, Kind kind, boolean required, long min, long max, int maxLength,
                        Set<String> allowed, List<FieldRule> itemFields) {

    public enum Kind { DISPLAY, TEXT, INTEGER, DECIMAL, DATE, CHOICE, CHOICES, LIST }

    /** Longest free text we store (database columns are 2000). */
    public static final int TEXT_LIMIT = 2000;

    public static FieldRule display(String key) {
        return new FieldRule(key, Kind.DISPLAY, false, 0, 0, 0, Set.of(), List.of());
    }

    public static FieldRule text(String key, boolean required, int maxLength) {
        return new FieldRule(key, Kind.TEXT, required, 0, 0, maxLength, Set.of(), List.of());
    }

    public static FieldRule integer(String key, boolean required, long min, long max) {
        return new FieldRule(key, Kind.INTEGER, required, min, max, 0, Set.of(), List.of());
    }

    /** A number with at most two decimals (a comma or a point), from min to max in hundredths: 0-4 is 0, 400. */
    public static FieldRule decimal(String key, boolean required, long minHundredths, long maxHundredths) {
        return new FieldRule(key, Kind.DECIMAL, required, minHundredths, maxHundredths, 0, Set.of(), List.of());
    }

    /** A day, {@code YYYY-MM-DD} as form-js's date picker sends it. */
    public static FieldRule date(String key, boolean required) {
        return new FieldRule(key, Kind.DATE, required, 0, 0, 0, Set.of(), List.of());
    }

    public static FieldRule choice(String key, boolean required, String... allowed) {
        return new FieldRule(key, Kind.CHOICE, required, 0, 0, 0, Set.of(allowed), List.of());
    }

    /** Any number of the allowed values (a form-js checklist or tag list), none included. */
    public static FieldRule choices(String key, Set<String> allowed) {
        return new FieldRule(key, Kind.CHOICES, false, 0, 0, 0, Set.copyOf(allowed), List.of());
    }

    public static FieldRule list(String key, FieldRule... itemFields) {
        return new FieldRule(key, Kind.LIST, true, 0, 0, 0, Set.of(), List.of(itemFields));
    }

    /** A list that may be left out of a submission (its rows, when sent, have their rules). */
    public static FieldRule optionalList(String key, FieldRule... itemFields) {
        return new FieldRule(key, Kind.LIST, false, 0, 0, 0, Set.of(), List.of(itemFields));
    }

    /** A Likert item or a rating on the 1-5 scale. */
    public static FieldRule likert(String key) {
        return integer(key, true, 1, 5);
    }
}
