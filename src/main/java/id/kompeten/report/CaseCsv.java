package id.kompeten.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/**
 * The rows behind a report, one per case, as CSV in the form its reader opens it in:
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
final class CaseCsv {

    public enum Format { SPREADSHEET, DATA }

    /** The figures' columns, each its API name and its value. */
    private record Column(String name, Function<CaseFigures, Object> value) {}

    private static final List<Column> COLUMNS = List.of(
            new Column("caseNumber", CaseFigures::caseNumber),
            new Column("outcome", CaseFigures::outcome),
            new Column("closed", CaseFigures::closed),
            new Column("rounds", CaseFigures::rounds),
            new Column("reactionIndex", CaseFigures::reactionIndex),
            new Column("relevanceIndex", CaseFigures::relevanceIndex),
            new Column("learningGain", CaseFigures::learningGain),
            new Column("transferScore", CaseFigures::transferScore),
            new Column("targetedCompetencies", CaseFigures::targetedCompetencies),
            new Column("unmasteredCompetencies", CaseFigures::unmasteredCompetencies),
            new Column("attended", CaseFigures::attended),
            new Column("absent", CaseFigures::absent),
            new Column("surveysReturned", CaseFigures::surveysReturned),
            new Column("interviews", CaseFigures::interviews),
            new Column("jp", CaseFigures::jp),
            new Column("cost", CaseFigures::cost));

    private final Format format;
    private final Locale locale;
    private final MessageSource messages;

    private CaseCsv(Format format, Locale locale, MessageSource messages) {
        this.format = format;
        this.locale = locale;
        this.messages = messages;
    }

    /** {@code format=data} for programs, otherwise a spreadsheet in the language asked ({@code en}, else Indonesian). */
    public static CaseCsv of(String format, String lang, MessageSource messages) {
        return new CaseCsv("data".equals(format) ? Format.DATA : Format.SPREADSHEET,
                "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("id"), messages);
    }

    private boolean indonesianSheet() {
        return format == Format.SPREADSHEET && locale.getLanguage().equals("id");
    }

    private char separator() {
        return indonesianSheet() ? ';' : ',';
    }

    String write(List<CaseFigures> cases) {
        StringBuilder csv = new StringBuilder(format == Format.SPREADSHEET ? "\uFEFF" : "");
        List<String> headers = new ArrayList<>();
        for (Column c : COLUMNS) {
            headers.add(format == Format.DATA ? c.name() : messages.getMessage("csv.column." + c.name(), null, locale));
        }
        line(csv, headers);
        for (CaseFigures figures : cases) {
            List<String> fields = new ArrayList<>();
            for (Column c : COLUMNS) {
                fields.add(shown(c.name(), c.value().apply(figures)));
            }
            line(csv, fields);
        }
        return csv.toString();
    }

    private String shown(String column, Object value) {
        if (value == null) {
            return "";
        }
        if (format == Format.DATA) {
            return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
        }
        if (column.equals("outcome")) {
            return messages.getMessage("case.outcome." + value, null, value.toString(), locale);
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
