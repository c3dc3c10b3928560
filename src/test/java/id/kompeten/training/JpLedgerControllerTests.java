package id.kompeten.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV fields of the SIASN export: quoted where needed, and no formula a spreadsheet would run. */
class JpLedgerControllerTests {

    @Test
    void csvFieldsAreQuotedAndFormulasDefused() {
        assertThat(JpLedgerController.csv("Pelatihan Teknis")).isEqualTo("Pelatihan Teknis");
        assertThat(JpLedgerController.csv("BKPSDM, Kota Bandar Lampung")).isEqualTo("\"BKPSDM, Kota Bandar Lampung\"");
        assertThat(JpLedgerController.csv("Kursus \"SPBE\"")).isEqualTo("\"Kursus \"\"SPBE\"\"\"");
        assertThat(JpLedgerController.csv("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(JpLedgerController.csv("-2+3")).isEqualTo("'-2+3");
        assertThat(JpLedgerController.csv(null)).isEmpty();
    }
}
