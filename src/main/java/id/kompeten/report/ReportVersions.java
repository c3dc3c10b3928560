package id.kompeten.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of a programme's report as they were kept (programme's {@code ProgrammeReports} keeps them, each
 * as it was when HR reviewed it), read through the view {@code report_programme_version}: for the page of a kept
 * version, the review's summary and the email.
 */
@Service
@Transactional(readOnly = true)
public class ReportVersions {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ReportVersions(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A kept version: final when every case of the programme was closed as it was generated. */
    public record Version(int version, boolean finalReport, Instant generatedAt, String reviewedBy, String reviewNote,
                          String publishedBy, Instant publishedAt, ProgrammeReport report) {}

    public Optional<Version> version(String code, int version) {
        return versions(code, " and version = ?", code, version).stream().findFirst();
    }

    /** The latest published version, if any. */
    public Optional<Version> published(String code) {
        List<Version> published = versions(code, " and published_at is not null order by version desc", code);
        return published.stream().findFirst();
    }

    private List<Version> versions(String code, String where, Object... args) {
        return jdbc.query("select version, final_report, report_json, generated_at, reviewed_by, review_note,"
                + " published_by, published_at from report_programme_version where programme_code = ?" + where, (rs, i) -> {
                    try {
                        return new Version(rs.getInt(1), rs.getBoolean(2), rs.getTimestamp(4).toInstant(),
                                rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(),
                                json.readValue(rs.getString(3), ProgrammeReport.class));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("report " + code + " v" + rs.getInt(1) + " is not readable", e);
                    }
                }, args);
    }
}
