package id.kompeten.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Indonesian and English stay in step: our message bundles, and Tasklist's locale against Camunda's English. */
class TranslationsTests {

    Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void messageBundlesHaveTheSameKeys() throws IOException {
        Properties indonesian = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        assertThat(indonesian.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
    }

    @Test
    void tasklistIndonesianLocaleTranslatesEveryEnglishLabel() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode english = json.readTree(new String(getClass().getResourceAsStream(
                "/META-INF/resources/webjars/camunda/app/tasklist/locales/en.json").readAllBytes(),
                StandardCharsets.UTF_8).replace("\uFEFF", ""));
        JsonNode indonesian = json.readTree(getClass().getResourceAsStream(
                "/META-INF/resources/webjars/camunda/app/tasklist/locales/id.json"));
        Set<String> englishKeys = new HashSet<>();
        english.path("labels").fieldNames().forEachRemaining(englishKeys::add);
        Set<String> indonesianKeys = new HashSet<>();
        indonesian.path("labels").fieldNames().forEachRemaining(indonesianKeys::add);
        assertThat(englishKeys).hasSizeGreaterThan(400);
        assertThat(indonesianKeys).isEqualTo(englishKeys);
        assertThat(indonesian.path("labels").path("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Masuk");
        assertThat(indonesian.path("dateLocales").path("months").get(0).asText()).isEqualTo("Januari");
    }

    @Test
    void everyCodeAReaderSeesHasItsWordsInBothLanguages() throws IOException {
        Properties indonesian = bundle("messages.properties");
        Properties english = bundle("messages_en.properties");
        for (id.kompeten.cases.CaseOutcome outcome : id.kompeten.cases.CaseOutcome.values()) {
            assertThat(indonesian.getProperty("case.outcome." + outcome)).as("outcome %s", outcome).isNotBlank();
            assertThat(english.getProperty("case.outcome." + outcome)).as("outcome %s", outcome).isNotBlank();
        }
        for (id.kompeten.training.TrainingMode mode : id.kompeten.training.TrainingMode.values()) {
            // the scheduling form's labels (Indonesian) are the report's
            assertThat(indonesian.getProperty("training.mode." + mode)).isEqualTo(mode.label());
            assertThat(english.getProperty("training.mode." + mode)).isNotBlank();
        }
        for (var figure : id.kompeten.report.ProgrammeFigures.class.getRecordComponents()) {
            if (figure.getType() == id.kompeten.report.ProgrammeFigures.Figure.class) {
                assertThat(indonesian.getProperty("figure." + figure.getName())).as(figure.getName()).isNotBlank();
            }
        }
        assertThat(indonesian.getProperty("figure.absenceRate")).isNotBlank();
    }
}
