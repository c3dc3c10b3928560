package id.kompeten.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** A composed email as JSON, kept with its row so that the sending job sends what the step composed. */
@Component
class EmailContent {

    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    String write(ComposedEmail email) {
        try {
            return json.writeValueAsString(email);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("email of kind " + email.kind() + " not writable as JSON", e);
        }
    }

    ComposedEmail read(String text) {
        try {
            return json.readValue(text, ComposedEmail.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored email not readable", e);
        }
    }
}
