package id.kompeten.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A certificate is judged by its own bytes: its type, its size, and for a PDF what it carries. */
class CertificateFileTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @Test
    void aPdfPngOrJpegIsTakenAsTheTypeItsBytesShow() {
        assertThat(CertificateFile.check(PDF, 1024).file().mediaType()).isEqualTo("application/pdf");
        assertThat(CertificateFile.check(PNG, 1024).file().mediaType()).isEqualTo("image/png");
        assertThat(CertificateFile.check(JPEG, 1024).file().extension()).isEqualTo("jpg");
        assertThat(CertificateFile.check(PDF, 1024).file().sha256()).hasSize(64);
    }

    @Test
    void anEmptyTooLargeOrOtherFileIsRefusedNamingTheCertificate() {
        assertThat(CertificateFile.check(new byte[0], 1024).refusal().code()).isEqualTo("claim.certificate.empty");
        assertThat(CertificateFile.check(null, 1024).refusal().field()).isEqualTo("certificate");
        assertThat(CertificateFile.check(PDF, PDF.length - 1).refusal().code()).isEqualTo("claim.certificate.tooLarge");
        assertThat(CertificateFile.check(PDF, PDF.length).refusal()).isNull();
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(CertificateFile.check(html, 1024).refusal().code()).isEqualTo("claim.certificate.type");
        assertThat(CertificateFile.check("%PD".getBytes(StandardCharsets.US_ASCII), 1024).refusal().code())
                .isEqualTo("claim.certificate.type");
    }

    @Test
    void aPdfThatRunsSomethingIsRefused() {
        for (String active : new String[] {"/JavaScript", "/JS (app.alert(1))", "/Launch", "/OpenAction 3 0 R",
                "/EmbeddedFile"}) {
            byte[] pdf = ("%PDF-1.7\n1 0 obj << " + active + " >> endobj\n").getBytes(StandardCharsets.ISO_8859_1);
            assertThat(CertificateFile.check(pdf, 1024).refusal().code()).as(active).isEqualTo("claim.certificate.active");
        }
        // a name that only begins the same way is not one of them
        byte[] plain = "%PDF-1.7\n1 0 obj << /JSomething 1 >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(CertificateFile.check(plain, 1024).refusal()).isNull();
    }
}
