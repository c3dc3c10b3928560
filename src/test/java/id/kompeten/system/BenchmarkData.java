package id.kompeten.system;

import id.kompeten.demo.DemoData;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the benchmarks' loads (CaseLoad, NodeLoad) add to a database before their cases: staff and sessions. */
final class BenchmarkData {

    private BenchmarkData() {
    }

    /**
     * Staff of andi's position and unit under budi, numbered {@code from} on (each has one case a year, so each case
     * needs its own): {nip, username} of each, named "Pegawai {@code name} i", username {@code username} formatted
     * with i.
     */
    static List<String[]> staff(JdbcTemplate jdbc, LocalDate bornFrom, String name, String username, int from,
                                int count) {
        List<String[]> staff = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            String nip = bornFrom.plusDays(i).format(DateTimeFormatter.BASIC_ISO_DATE) + "201001" + "1"
                    + String.format("%03d", i % 1000);
            String user = String.format(username, i);
            staff.add(new String[] {nip, user});
            rows.add(new Object[] {nip, "Pegawai " + name + " " + i, user + "@kompeten.example", user});
        }
        jdbc.batchUpdate("insert into employee (nip, name, email, username, agency, position_code, supervisor_nip,"
                + " locale, unit) select ?, ?, ?, ?, agency, position_code, supervisor_nip, locale, unit from employee"
                + " where nip = '" + DemoData.ANDI_NIP + "'", rows);
        return staff;
    }

    /**
     * Sessions of the course that ended yesterday, copied from its first session, with these seats, no cost and
     * these minutes (null: the first session's), each located "{@code location} i"; their ids.
     */
    static List<Long> pastSessions(JdbcTemplate jdbc, String course, int count, int seats, Integer minutes,
                                   String location) {
        Instant start = Instant.now().minus(2, ChronoUnit.DAYS);
        List<Long> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            jdbc.update("insert into training_session (course_code, budget_code, mode, starts_at, ends_at, location,"
                    + " seats, cost_per_participant, minutes) select course_code, budget_code, mode, ?, ?, ?, ?, 0,"
                    + " coalesce(?, minutes) from training_session where course_code = ? order by id fetch first 1"
                    + " rows only", Timestamp.from(start), Timestamp.from(start.plus(1, ChronoUnit.DAYS)),
                    location + " " + i, seats, minutes, course);
            sessions.add(jdbc.queryForObject("select max(id) from training_session", Long.class));
        }
        return sessions;
    }
}
