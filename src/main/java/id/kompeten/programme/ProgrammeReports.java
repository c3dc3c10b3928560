package id.kompeten.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.report.ProgrammeReport;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation reports a programme's process generated, each kept as it was when HR reviewed it (a later
 * change to the cases makes a new version, not a different published one). The report reads them back
 * through {@link id.kompeten.report.ReportVersions}.
 */
@Service
@Transactional
class ProgrammeReports {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    ProgrammeReports(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Keeps the report as a new version and returns its number. */
    int keep(ProgrammeReport report) {
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

    /** The version's report as HR's review left it (its answers' themes as coded then); its figures unchanged. */
    void revised(int version, ProgrammeReport report) {
        try {
            jdbc.update("update programme_report set report_json = ? where programme_code = ? and version = ?",
                    json.writeValueAsString(report), report.code(), version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report of " + report.code() + " cannot be written as JSON", e);
        }
    }

    void reviewed(String code, int version, String reviewer, String note) {
        jdbc.update("update programme_report set reviewed_by = ?, review_note = ? where programme_code = ? and version = ?",
                reviewer, note, code, version);
    }

    void published(String code, int version) {
        jdbc.update("update programme_report set published_by = reviewed_by, published_at = ? where programme_code = ?"
                + " and version = ?", Timestamp.from(clock.instant()), code, version);
    }
}
