package id.kompeten.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Email texts from messages*.properties in the recipient's language, and dates as they read them (WIB). */
@Component
public class EmailTexts {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final MessageSource messages;

    EmailTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** "Senin, 23 November 2026, 08.00–16.00 WIB" (both dates in full when the session spans days). */
    public String period(Instant start, Instant end, Locale locale) {
        ZonedDateTime from = start.atZone(WIB);
        ZonedDateTime to = end.atZone(WIB);
        DateTimeFormatter date = DateTimeFormatter.ofPattern(text("mail.format.date", locale), locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern(text("mail.format.time", locale), locale);
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return date.format(from) + ", " + time.format(from) + "–" + time.format(to) + " WIB";
        }
        return date.format(from) + ", " + time.format(from) + " – " + date.format(to) + ", " + time.format(to) + " WIB";
    }

    /** JP as the reader writes numbers: 18,67 in Indonesian, 18.67 in English, 20 either way (none is 0). */
    public static String jp(java.math.BigDecimal jp, Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(jp == null ? java.math.BigDecimal.ZERO : jp);
    }

    /** "Senin, 23 November 2026, 08.00 WIB". */
    public String moment(Instant at, Locale locale) {
        ZonedDateTime when = at.atZone(WIB);
        return DateTimeFormatter.ofPattern(text("mail.format.date", locale), locale).format(when) + ", "
                + DateTimeFormatter.ofPattern(text("mail.format.time", locale), locale).format(when) + " WIB";
    }
}
