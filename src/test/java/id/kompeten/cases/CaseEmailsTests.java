package id.kompeten.cases;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.notification.EmailTexts;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The JP a closing email credits, as its reader writes numbers ("Kasus … selesai: 18,67 JP dikreditkan"). */
class CaseEmailsTests {

    @Test
    void jpInTheReadersNumbers() {
        Locale indonesian = Locale.forLanguageTag("id");
        assertThat(EmailTexts.jp(new BigDecimal("18.666667"), indonesian)).isEqualTo("18,67");
        assertThat(EmailTexts.jp(new BigDecimal("18.666667"), Locale.ENGLISH)).isEqualTo("18.67");
        assertThat(EmailTexts.jp(new BigDecimal("20.00"), indonesian)).isEqualTo("20");
        assertThat(EmailTexts.jp(new BigDecimal("1250"), indonesian)).isEqualTo("1250");
        assertThat(EmailTexts.jp(null, indonesian)).isEqualTo("0");
    }
}
