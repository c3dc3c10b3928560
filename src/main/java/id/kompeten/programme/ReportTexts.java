package id.kompeten.programme;

import id.kompeten.report.ReportVersions;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * HR's words in a report version ({@code programme_report_text}, {@code programme_report_finding}): a section's
 * text where HR rewrote the generated one, and HR's own findings. Each is kept with who wrote it and when; words
 * carried over unchanged from the version reviewed before keep their writer and time.
 */
@Component
class ReportTexts {

    /** A finding as HR entered it on the form. */
    record Entered(String kind, String finding, String recommendation, String evidence) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReportTexts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Keeps what HR wrote for this version (replacing an earlier submission of the same review).
     *
     * @param entered each section's text as submitted (blank: the generated one)
     * @param generated each section's generated text, which is not HR's
     * @param before the version reviewed before this one, whose words may be carried over
     */
    void keep(String code, int version, Map<String, String> entered, Map<String, String> generated,
              List<Entered> findings, Optional<ReportVersions.Version> before, String by) {
        Instant now = clock.instant();
        jdbc.update("delete from programme_report_text where programme_code = ? and report_version = ?", code, version);
        jdbc.update("delete from programme_report_finding where programme_code = ? and report_version = ?", code, version);
        entered.forEach((section, text) -> {
            String body = text == null ? "" : normal(text);
            if (body.isEmpty() || body.equals(normal(generated.getOrDefault(section, "")))) {
                return;
            }
            Optional<ReportVersions.Written> carried = before.stream().flatMap(v -> v.texts().stream())
                    .filter(w -> w.section().equals(section) && normal(w.body()).equals(body)).findFirst();
            jdbc.update("insert into programme_report_text (programme_code, report_version, section, body, written_by,"
                    + " written_at) values (?, ?, ?, ?, ?, ?)", code, version, section, body,
                    carried.map(ReportVersions.Written::writtenBy).orElse(by),
                    Timestamp.from(carried.map(ReportVersions.Written::writtenAt).orElse(now)));
        });
        for (int i = 0; i < findings.size(); i++) {
            Entered f = findings.get(i);
            String recommendation = f.recommendation() == null || f.recommendation().isBlank() ? null
                    : normal(f.recommendation());
            Optional<ReportVersions.OwnFinding> carried = before.stream().flatMap(v -> v.findings().stream())
                    .filter(o -> o.kind().equals(f.kind()) && normal(o.finding()).equals(normal(f.finding()))
                            && java.util.Objects.equals(o.recommendation(), recommendation)
                            && o.evidence().equals(f.evidence())).findFirst();
            jdbc.update("insert into programme_report_finding (programme_code, report_version, position, kind, finding,"
                    + " recommendation, evidence, written_by, written_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", code,
                    version, i + 1, f.kind(), normal(f.finding()), recommendation, f.evidence(),
                    carried.map(ReportVersions.OwnFinding::writtenBy).orElse(by),
                    Timestamp.from(carried.map(ReportVersions.OwnFinding::writtenAt).orElse(now)));
        }
    }

    /** Text as compared and kept: line ends of any browser as \n, no space at its ends. */
    static String normal(String text) {
        return text.replace("\r\n", "\n").strip();
    }
}
