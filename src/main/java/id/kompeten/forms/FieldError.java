package id.kompeten.forms;

/** A refused answer: the field (a path such as {@code ratings[2].rating}) and a message key with arguments. */
public record FieldError(String field, String code, Object... args) {}
