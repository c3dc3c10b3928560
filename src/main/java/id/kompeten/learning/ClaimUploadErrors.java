package id.kompeten.learning;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.FormMessages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Uploads that fail before our checks see them: a file above the servlet's limit, a body that is no multipart.
 * Answered as the API's other refusals: 400 naming the field.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClaimUploadErrors {

    private final ClaimSettings settings;
    private final FormMessages messages;

    ClaimUploadErrors(ClaimSettings settings, FormMessages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return messages.problem(HttpStatus.BAD_REQUEST, new FieldError(CertificateFile.FIELD,
                "claim.certificate.tooLarge", CertificateFile.megabytes(settings.maxCertificateSize().toBytes())));
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadable(MultipartException e) {
        return messages.problem(HttpStatus.BAD_REQUEST, new FieldError("body", "api.body.unreadable"));
    }
}
