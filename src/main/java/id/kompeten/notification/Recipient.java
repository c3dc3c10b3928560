package id.kompeten.notification;

import java.util.Locale;

/** Who an email goes to: the Camunda user, their name and address, and the language they read. */
public record Recipient(String username, String name, String address, Locale locale) {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    static Locale localeOf(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : INDONESIAN;
    }
}
