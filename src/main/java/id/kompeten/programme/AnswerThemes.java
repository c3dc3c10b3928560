package id.kompeten.programme;

import id.kompeten.report.TextAnswers;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * HR's coding of a programme's free-text answers with themes ({@code answer_theme}): what the review form sends
 * replaces what was coded before for each answer it names, kept with who coded it and when.
 */
@Component
class AnswerThemes {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AnswerThemes(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void code(TextAnswers.Answer answer, List<String> themes, String by) {
        jdbc.update("delete from answer_theme where source = ? and answer_id = ?", answer.source().name(), answer.id());
        Timestamp now = Timestamp.from(clock.instant());
        for (String theme : themes) {
            jdbc.update("insert into answer_theme (source, answer_id, case_number, theme, coded_by, coded_at)"
                    + " values (?, ?, ?, ?, ?, ?)", answer.source().name(), answer.id(), answer.caseNumber(), theme, by,
                    now);
        }
    }
}
