package id.kompeten.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The themes HR code free-text answers with (prefix {@code kompeten.report}), each with its names, the keywords that
 * suggest it and the recommendation the report gives when answers raise it. Seeded in application.yaml.
 */
@ConfigurationProperties("kompeten.report")
public record ReportThemes(List<Theme> themes) {

    public record Theme(String code, String id, String en, List<String> keywords, String recommendationId,
                        String recommendationEn) {
        public Theme {
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
        }

        public String name(boolean english) {
            return english ? en : id;
        }
    }

    public ReportThemes {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    public Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        themes.forEach(t -> codes.add(t.code()));
        return codes;
    }

    public Optional<Theme> theme(String code) {
        return themes.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The themes an answer's words suggest: each with a keyword at the start of one of its words, any case. */
    public List<String> suggest(String text) {
        List<String> suggested = new ArrayList<>();
        if (text == null) {
            return suggested;
        }
        String lower = text.toLowerCase(Locale.forLanguageTag("id"));
        for (Theme theme : themes) {
            if (theme.keywords().stream().anyMatch(k -> Pattern.compile("(^|[^\\p{L}])" + Pattern.quote(
                    k.toLowerCase(Locale.forLanguageTag("id")))).matcher(lower).find())) {
                suggested.add(theme.code());
            }
        }
        return suggested;
    }
}
