package id.kompeten.programme;

import id.kompeten.report.ReportThemes;
import id.kompeten.report.TextAnswers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How the review forms name and show the free-text answers to code: each answer by its writer's role, unit, case
 * (or the programme, for a head of unit's), which answer it is and its row; never its writer's name. In Indonesian,
 * as the forms.
 */
@Component
class AnswerRefs {

    static final String ANSWER_REF = "answerRef";
    static final String ANSWER_TEXT = "answerText";
    static final String THEMES = "themes";
    private static final Locale ID = Locale.forLanguageTag("id");

    private final MessageSource messages;
    private final ReportThemes themes;

    AnswerRefs(MessageSource messages, ReportThemes themes) {
        this.messages = messages;
        this.themes = themes;
    }

    /** @param programme the programme a head of unit's answer belongs to (answers of no case and no programme: "–") */
    String ref(String programme, TextAnswers.Answer a) {
        return message("answer.role." + a.source().role) + " · " + (a.unit() == null ? message("answer.noUnit") : a.unit())
                + " · " + (a.caseNumber() != null ? a.caseNumber() : programme != null ? programme : "–") + " · "
                + message("answer.source." + a.source().name()) + " · #" + a.id();
    }

    /** The form's rows: each answer with the themes HR coded it with, or else those its words suggest. */
    List<Map<String, Object>> rows(String programme, List<TextAnswers.Answer> answers) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TextAnswers.Answer a : answers) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(ANSWER_REF, ref(programme, a));
            row.put(ANSWER_TEXT, a.text());
            row.put(THEMES, a.themes().isEmpty() ? themes.suggest(a.text()) : a.themes());
            rows.add(row);
        }
        return rows;
    }

    /** The checklist's options: every configured theme, in both languages. */
    List<Map<String, Object>> themeOptions() {
        return themes.themes().stream().map(t -> Map.<String, Object>of("label", t.id() + " · " + t.en(), "value", t.code()))
                .toList();
    }

    /** The answers by the name the form gives them. */
    Map<String, TextAnswers.Answer> byRef(String programme, List<TextAnswers.Answer> answers) {
        Map<String, TextAnswers.Answer> known = new LinkedHashMap<>();
        answers.forEach(a -> known.put(ref(programme, a), a));
        return known;
    }

    private String message(String key) {
        return messages.getMessage(key, null, ID);
    }
}
