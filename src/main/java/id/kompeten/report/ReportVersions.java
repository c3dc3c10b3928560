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
 * version, the review's summary and the email; with HR's words of that version (V26).
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

    /**
     * A kept version: final when every case of the programme was closed as it was generated; with the sections HR
     * rewrote in its review and the findings HR added.
     */
    public record Version(int version, boolean finalReport, Instant generatedAt, String reviewedBy, String reviewNote,
                          String publishedBy, Instant publishedAt, ProgrammeReport report, List<Written> texts,
                          List<OwnFinding> findings) {}

    /** A section's text as HR wrote it, by whom and when. */
    public record Written(String section, String body, String writtenBy, Instant writtenAt) {}

    /** A finding of HR's own: a CHALLENGE or a STRENGTH, its recommendation, the figure or theme it rests on. */
    public record OwnFinding(String kind, String finding, String recommendation, String evidence, String writtenBy,
                             Instant writtenAt) {}

    public Optional<Version> version(String code, int version) {
        return first(code, " and version = ?", code, version);
    }

    /** The latest published version, if any. */
    public Optional<Version> published(String code) {
        return first(code, " and published_at is not null order by version desc", code);
    }

    /** The latest version before this one that HR reviewed (whose words a new version carries over), if any. */
    public Optional<Version> reviewedBefore(String code, int version) {
        return first(code, " and version < ? and reviewed_by is not null order by version desc", code, version);
    }

    /**
     * The first version the condition finds, with HR's words of it: only its row is read (a condition may match
     * several versions; their reports are not parsed).
     */
    private Optional<Version> first(String code, String where, Object... args) {
        record Row(int version, boolean finalReport, String json, Instant generatedAt, String reviewedBy,
                   String reviewNote, String publishedBy, Instant publishedAt) {}
        Row row = jdbc.query("select version, final_report, report_json, generated_at, reviewed_by, review_note,"
                + " published_by, published_at from report_programme_version where programme_code = ?" + where,
                rs -> rs.next() ? new Row(rs.getInt(1), rs.getBoolean(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()) : null, args);
        if (row == null) {
            return Optional.empty();
        }
        ProgrammeReport report;
        try {
            report = json.readValue(row.json(), ProgrammeReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report " + code + " v" + row.version() + " is not readable", e);
        }
        List<Written> texts = jdbc.query("select section, body, written_by, written_at from report_programme_text"
                + " where programme_code = ? and report_version = ?", (rs, i) -> new Written(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()), code, row.version());
        List<OwnFinding> findings = jdbc.query("select kind, finding, recommendation, evidence, written_by, written_at"
                + " from report_programme_finding where programme_code = ? and report_version = ? order by position",
                (rs, i) -> new OwnFinding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()), code, row.version());
        return Optional.of(new Version(row.version(), row.finalReport(), row.generatedAt(), row.reviewedBy(),
                row.reviewNote(), row.publishedBy(), row.publishedAt(), report, texts, findings));
    }
}
