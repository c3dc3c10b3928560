package id.kompeten.training;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who gets the third-quarter JP reminder (bean {@code jpReminders}, the collection of JpReminderProcess's
 * multi-instance): every supervisor with at least one direct report below the yearly target, and those staff.
 * One set-based query each, whatever the number of employees.
 */
@Component("jpReminders")
@Transactional(readOnly = true)
public class JpReminders {

    private static final String BELOW_TARGET = " from employee e join employee s on s.nip = e.supervisor_nip"
            + " left join (" + JpLedger.YEAR_TOTALS + ") j on j.employee_nip = e.nip where coalesce(j.jp, 0) < ?";

    private final JdbcTemplate jdbc;
    private final JpLedger ledger;

    JpReminders(JdbcTemplate jdbc, JpLedger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** Usernames of the supervisors to remind, in a stable order. */
    public List<String> supervisors(int year) {
        return jdbc.queryForList("select distinct s.username" + BELOW_TARGET + " order by s.username", String.class,
                year, ledger.target());
    }

    public record Behind(String nip, String name, BigDecimal jp) {}

    /** The supervisor's direct reports below the target, furthest behind first. */
    public List<Behind> staffOf(String supervisorUsername, int year) {
        return jdbc.query("select e.nip, e.name, coalesce(j.jp, 0)" + BELOW_TARGET + " and s.username = ?"
                + " order by coalesce(j.jp, 0), e.name", (rs, i) -> new Behind(rs.getString(1), rs.getString(2),
                rs.getBigDecimal(3).stripTrailingZeros()), year, ledger.target(), supervisorUsername);
    }

    public BigDecimal target() {
        return ledger.target();
    }
}
