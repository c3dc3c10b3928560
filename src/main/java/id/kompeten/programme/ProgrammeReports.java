package id.kompeten.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation reports a programme's process generated, each kept as it was when HR reviewed it (a later
 * change to the cases makes a new version, not a different published one).
 */
@Service
@Transactional
public class ProgrammeReports {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    ProgrammeReports(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A kept version: final when every case of the programme was closed as it was generated. */
    public record Version(int version, boolean finalReport, Instant generatedAt, String reviewedBy, String reviewNote,
                          String publishedBy, Instant publishedAt, Programmes.ProgrammeReport report) {}

    /** Keeps the report as a new version and returns its number. */
    int keep(Programmes.ProgrammeReport report) {
        Integer last = jdbc.queryForObject("select max(version) from programme_report where programme_code = ?",
                Integer.class, report.code());
        int version = last == null ? 1 : last + 1;
        boolean complete = report.figures().cases() > 0 && report.figures().closed() == report.figures().cases();
        try {
            jdbc.update("insert into programme_report (programme_code, version, final_report, report_json, generated_at)"
                    + " values (?, ?, ?, ?, ?)", report.code(), version, complete, json.writeValueAsString(report),
                    Timestamp.from(clock.instant()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report of " + report.code() + " cannot be written as JSON", e);
        }
        return version;
    }

    void reviewed(String code, int version, String reviewer, String note) {
        jdbc.update("update programme_report set reviewed_by = ?, review_note = ? where programme_code = ? and version = ?",
                reviewer, note, code, version);
    }

    void published(String code, int version) {
        jdbc.update("update programme_report set published_by = reviewed_by, published_at = ? where programme_code = ?"
                + " and version = ?", Timestamp.from(clock.instant()), code, version);
    }

    @Transactional(readOnly = true)
    public Optional<Version> version(String code, int version) {
        return versions(code, " and version = ?", code, version).stream().findFirst();
    }

    /** The latest published version, if any. */
    @Transactional(readOnly = true)
    public Optional<Version> published(String code) {
        List<Version> published = versions(code, " and published_at is not null order by version desc", code);
        return published.stream().findFirst();
    }

    private List<Version> versions(String code, String where, Object... args) {
        return jdbc.query("select version, final_report, report_json, generated_at, reviewed_by, review_note,"
                + " published_by, published_at from programme_report where programme_code = ?" + where, (rs, i) -> {
                    try {
                        return new Version(rs.getInt(1), rs.getBoolean(2), rs.getTimestamp(4).toInstant(),
                                rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(),
                                json.readValue(rs.getString(3), Programmes.ProgrammeReport.class));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("report " + code + " v" + rs.getInt(1) + " is not readable", e);
                    }
                }, args);
    }
}
