package id.kompeten.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The report page's HTML as a PDF (openhtmltopdf), in DejaVu Sans where the machine has it (Indonesian and symbols). */
final class ReportPdf {

    private static final File DEJAVU = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final File DEJAVU_BOLD = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    private ReportPdf() {}

    static byte[] render(String xhtml, String baseUri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        if (DEJAVU.isFile() && DEJAVU_BOLD.isFile()) {
            builder.useFont(DEJAVU, "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(DEJAVU_BOLD, "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
        }
        builder.withHtmlContent(xhtml, baseUri);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
