package id.kompeten.forms;

import java.util.List;
import java.util.Optional;

/** The server's rules for every field of one Camunda Form (by form id). */
public record FormSpec(String formId, List<FieldRule> fields) {

    public static FormSpec of(String formId, FieldRule... fields) {
        return new FormSpec(formId, List.of(fields));
    }

    public Optional<FieldRule> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
