package id.kompeten.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.notification.OutgoingEmail.Attachment;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
            JsonNode stored = json.readTree(text);
            ComposedEmail email = json.treeToValue(stored, ComposedEmail.class);
            JsonNode invite = stored.get("invite");
            if (email.attachments().isEmpty() && invite != null && invite.isObject()) {
                return withLegacyInvite(email, invite);
            }
            return email;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored email not readable", e);
        }
    }

    /**
     * A row written before attachments (still REQUESTED when this version started) keeps its calendar invite as
     * {@code invite: {method, calendar}}: sent as it was then.
     */
    private static ComposedEmail withLegacyInvite(ComposedEmail email, JsonNode invite) {
        String method = invite.path("method").asText();
        Attachment calendar = new Attachment(method.equals("CANCEL") ? "pembatalan.ics" : "undangan.ics",
                "text/calendar; charset=UTF-8; method=" + method,
                invite.path("calendar").asText().getBytes(StandardCharsets.UTF_8));
        return new ComposedEmail(email.kind(), email.recipient(), email.subject(), email.greeting(), email.paragraphs(),
                email.details(), email.actionLabel(), email.actionUrl(), email.footer(), List.of(calendar),
                email.aboutTask());
    }
}
