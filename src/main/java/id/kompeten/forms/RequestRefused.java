package id.kompeten.forms;

import org.springframework.http.HttpStatus;

/** A request the application refuses, with the field at fault; the API answers it as a problem detail. */
public class RequestRefused extends RuntimeException {

    private final HttpStatus status;
    private final FieldError error;

    public RequestRefused(HttpStatus status, FieldError error) {
        super(error.field() + ": " + error.code());
        this.status = status;
        this.error = error;
    }

    public HttpStatus status() { return status; }

    public FieldError error() { return error; }
}
