package id.kompeten.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The report's texts and numbers in one language (Indonesian unless English is asked for). */
final class ReportText {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    final Locale locale;
    private final MessageSource messages;

    ReportText(MessageSource messages, String lang) {
        this.messages = messages;
        this.locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("id");
    }

    boolean english() {
        return locale.getLanguage().equals("en");
    }

    String lang() {
        return english() ? "en" : "id";
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A code (an outcome, a mode) in words: {@code prefix + code} from the messages, the code itself if unknown. */
    String code(String prefix, String code) {
        return code == null ? "" : messages.getMessage(prefix + code, null, code, locale);
    }

    String pick(EvaluationReports.Text text) {
        return english() ? text.en() : text.id();
    }

    String date(LocalDate date) {
        return date == null ? get("page.noValue") : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    /** "3 Desember 2026 08.00–15.30" (both dates when it spans days), WIB. */
    String period(Instant from, Instant to) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH.mm", locale);
        var start = from.atZone(WIB);
        var end = to.atZone(WIB);
        return start.toLocalDate().equals(end.toLocalDate())
                ? day.format(start) + " " + time.format(start) + "–" + time.format(end) + " WIB"
                : day.format(start) + " – " + day.format(end);
    }

    String moment(Instant at) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", locale).format(at.atZone(WIB)) + " WIB";
    }

    /** Shares as percentages, money in rupiah with the reader's grouping, other figures as they are. */
    String figure(String name, BigDecimal value) {
        if (value == null) {
            return get("page.noValue");
        }
        if (name.equals("budgetUsed") || name.equals("costPerJp") || name.equals("budgetAllocated")) {
            return "Rp " + NumberFormat.getIntegerInstance(locale).format(value.setScale(0, RoundingMode.HALF_UP));
        }
        String shown = EvaluationReports.shown(name, value);
        return english() ? shown : shown.replace('.', ',');
    }

    String number(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return english() ? plain : plain.replace('.', ',');
    }
}
