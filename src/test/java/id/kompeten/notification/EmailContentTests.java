package id.kompeten.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.notification.OutgoingEmail.Attachment;
import id.kompeten.notification.OutgoingEmail.Detail;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The stored email is read back as the step composed it, also a row stored before attachments (its invite). */
class EmailContentTests {

    final EmailContent content = new EmailContent();
    final Recipient andi = new Recipient("andi", "Andi Pratama", "andi@kompeten.example", Locale.forLanguageTag("id"));

    @Test
    void readsBackWhatItWrote() {
        ComposedEmail email = new ComposedEmail("TRAINING_INVITATION", andi, "Undangan pelatihan: X", "Yth. Andi Pratama,",
                List.of("Anda terdaftar."), List.of(new Detail("Pelatihan", "X")), null, null, "Email otomatis",
                List.of(new Attachment("undangan.ics", "text/calendar; charset=UTF-8; method=REQUEST",
                        "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8))), null);

        ComposedEmail read = content.read(content.write(email));

        assertThat(read.recipient()).isEqualTo(andi);
        assertThat(read.details()).isEqualTo(email.details());
        assertThat(read.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("undangan.ics");
            assertThat(new String(a.content(), StandardCharsets.UTF_8)).isEqualTo("BEGIN:VCALENDAR");
        });
    }

    @Test
    void aRowStoredWithAnInviteSendsItAsTheCancellationItWas() {
        String stored = """
                {"kind":"TRAINING_CANCELLED","recipient":{"username":"andi","name":"Andi Pratama",
                "address":"andi@kompeten.example","locale":"id"},"subject":"Pembatalan pelatihan: X",
                "greeting":"Yth. Andi Pratama,","paragraphs":["Dibatalkan."],"details":[],"actionLabel":null,
                "actionUrl":null,"footer":"Email otomatis","invite":{"method":"CANCEL","calendar":"BEGIN:VCALENDAR"},
                "aboutTask":null}""";

        ComposedEmail read = content.read(stored);

        assertThat(read.kind()).isEqualTo("TRAINING_CANCELLED");
        assertThat(read.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("pembatalan.ics");
            assertThat(a.mediaType()).isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
            assertThat(new String(a.content(), StandardCharsets.UTF_8)).isEqualTo("BEGIN:VCALENDAR");
        });
        assertThat(content.read(stored.replace("\"invite\":{\"method\":\"CANCEL\",\"calendar\":\"BEGIN:VCALENDAR\"}",
                "\"invite\":null")).attachments()).isEmpty();
    }
}
