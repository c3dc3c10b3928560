package id.kompeten.forms;

import java.time.Clock;
import java.time.Year;
import org.springframework.http.HttpStatus;

/** The {@code year} parameter of ledgers and reports: this year when absent, else 2000 up to next year. */
public final class ReportYears {

    private ReportYears() {}

    public static int orThisYear(Integer year, Clock clock) {
        return orThisYear(year, clock, "year");
    }

    /** The same for a page whose parameter has another name ({@code tahun}): a refusal names that one. */
    public static int orThisYear(Integer year, Clock clock, String parameter) {
        int thisYear = Year.now(clock).getValue();
        int y = year == null ? thisYear : year;
        if (y < 2000 || y > thisYear + 1) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError(parameter, "case.year.range", "2000",
                    String.valueOf(thisYear + 1))); // years as text: MessageFormat would print "2.027"
        }
        return y;
    }
}
