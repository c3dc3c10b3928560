package id.kompeten.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/**
 * The rows behind a report (one per case, or one per line of a planning table) as CSV in the form its reader opens
 * it in:
 * <ul>
 * <li>{@code SPREADSHEET} in Indonesian (the default): what an Indonesian Excel or LibreOffice reads on a double
 * click: UTF-8 with a byte-order mark, {@code ;} between fields, a decimal comma, Indonesian headers and
 * outcomes;</li>
 * <li>{@code SPREADSHEET} in English ({@code lang=en}): the same with {@code ,}, a decimal point and English
 * words;</li>
 * <li>{@code DATA} ({@code format=data}): for programs (RFC 4180, no byte-order mark, {@code ,}, decimal point,
 * the field names and codes of the API).</li>
 * </ul>
 */
final class ReportCsv {

    public enum Format { SPREADSHEET, DATA }

    /**
     * A column: its API name (its header is {@code csv.column.<name>} in a spreadsheet), its value, and for a code
     * the prefix of its words in the messages (a spreadsheet shows the words, the data the code); else null.
     */
    record Column<T>(String name, Function<T, Object> value, String words) {
        Column(String name, Function<T, Object> value) {
            this(name, value, null);
        }
    }

    private static final List<Column<CaseFigures>> COLUMNS = List.of(
            new Column<>("caseNumber", CaseFigures::caseNumber),
            new Column<>("outcome", CaseFigures::outcome, "case.outcome."),
            new Column<>("closed", CaseFigures::closed),
            new Column<>("rounds", CaseFigures::rounds),
            new Column<>("reactionIndex", CaseFigures::reactionIndex),
            new Column<>("relevanceIndex", CaseFigures::relevanceIndex),
            new Column<>("learningGain", CaseFigures::learningGain),
            new Column<>("transferScore", CaseFigures::transferScore),
            new Column<>("targetedCompetencies", CaseFigures::targetedCompetencies),
            new Column<>("unmasteredCompetencies", CaseFigures::unmasteredCompetencies),
            new Column<>("attended", CaseFigures::attended),
            new Column<>("absent", CaseFigures::absent),
            new Column<>("surveysReturned", CaseFigures::surveysReturned),
            new Column<>("interviews", CaseFigures::interviews),
            new Column<>("jp", CaseFigures::jp),
            new Column<>("cost", CaseFigures::cost));

    private final Format format;
    private final Locale locale;
    private final MessageSource messages;

    private ReportCsv(Format format, Locale locale, MessageSource messages) {
        this.format = format;
        this.locale = locale;
        this.messages = messages;
    }

    /** {@code format=data} for programs, otherwise a spreadsheet in the language asked ({@code en}, else Indonesian). */
    public static ReportCsv of(String format, String lang, MessageSource messages) {
        return new ReportCsv("data".equals(format) ? Format.DATA : Format.SPREADSHEET,
                "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("id"), messages);
    }

    private boolean indonesianSheet() {
        return format == Format.SPREADSHEET && locale.getLanguage().equals("id");
    }

    private char separator() {
        return indonesianSheet() ? ';' : ',';
    }

    String write(List<CaseFigures> cases) {
        return write(COLUMNS, cases);
    }

    <T> String write(List<Column<T>> columns, List<T> rows) {
        StringBuilder csv = new StringBuilder(format == Format.SPREADSHEET ? "\uFEFF" : "");
        List<String> headers = new ArrayList<>();
        for (Column<T> c : columns) {
            headers.add(format == Format.DATA ? c.name() : messages.getMessage("csv.column." + c.name(), null, locale));
        }
        line(csv, headers);
        for (T row : rows) {
            List<String> fields = new ArrayList<>();
            for (Column<T> c : columns) {
                fields.add(shown(c, c.value().apply(row)));
            }
            line(csv, fields);
        }
        return csv.toString();
    }

    private String shown(Column<?> column, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> counts) { // codes with a count each: "Pelatihan (3), Coaching (1)"
            List<String> shown = new ArrayList<>();
            counts.forEach((code, n) -> shown.add(format == Format.DATA ? code + ":" + n
                    : messages.getMessage(column.words() + code, null, code.toString(), locale) + " (" + n + ")"));
            return String.join(format == Format.DATA ? " " : ", ", shown);
        }
        if (format == Format.DATA) {
            return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
        }
        if (column.words() != null) {
            return messages.getMessage(column.words() + value, null, value.toString(), locale);
        }
        if (value instanceof Boolean b) {
            return messages.getMessage(b ? "csv.yes" : "csv.no", null, locale);
        }
        if (value instanceof BigDecimal d) {
            String plain = d.stripTrailingZeros().toPlainString();
            return indonesianSheet() ? plain.replace('.', ',') : plain;
        }
        return value.toString();
    }

    private void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(separator());
            }
            csv.append(quoted(fields.get(i)));
        }
        csv.append(format == Format.DATA ? "\n" : "\r\n");
    }

    private String quoted(String field) {
        boolean quote = field.indexOf(separator()) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
