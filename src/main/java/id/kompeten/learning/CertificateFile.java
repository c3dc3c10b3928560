package id.kompeten.learning;

import id.kompeten.forms.FieldError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A claim's certificate as uploaded, checked before anything is stored: not empty, not larger than the configured
 * limit, and a PDF, PNG or JPEG by its own first bytes (whatever name or type the browser gave it, so an HTML page
 * named .pdf is refused). A PDF that carries scripts, launch actions or embedded files is refused too. It is only
 * ever served back as a download of the type found here, never shown inline. Engine-free.
 */
record CertificateFile(byte[] content, String mediaType, String sha256) {

    static final String FIELD = "certificate";

    private record Type(String mediaType, String extension, byte[] magic) {}

    private static final List<Type> TYPES = List.of(
            new Type("application/pdf", "pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
            new Type("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
            new Type("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));
    /** PDF name objects that run something or carry other files. */
    private static final List<String> ACTIVE_PDF = List.of("/JavaScript", "/JS", "/Launch", "/EmbeddedFile",
            "/RichMedia", "/OpenAction");

    int size() {
        return content.length;
    }

    String extension() {
        return extensionOf(mediaType);
    }

    /** The file name extension of one of the accepted types. */
    static String extensionOf(String mediaType) {
        return TYPES.stream().filter(t -> t.mediaType().equals(mediaType)).findFirst().map(Type::extension)
                .orElseThrow();
    }

    /** The file, or the reason it is refused (field {@code certificate}). */
    static Checked check(byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            return new Checked(null, new FieldError(FIELD, "claim.certificate.empty"));
        }
        if (content.length > maxBytes) {
            return new Checked(null, new FieldError(FIELD, "claim.certificate.tooLarge", megabytes(maxBytes)));
        }
        Optional<Type> type = TYPES.stream().filter(t -> startsWith(content, t.magic())).findFirst();
        if (type.isEmpty()) {
            return new Checked(null, new FieldError(FIELD, "claim.certificate.type"));
        }
        if (type.get().mediaType().equals("application/pdf") && active(content)) {
            return new Checked(null, new FieldError(FIELD, "claim.certificate.active"));
        }
        return new Checked(new CertificateFile(content, type.get().mediaType(), sha256(content)), null);
    }

    /** Either the file or the refusal. */
    record Checked(CertificateFile file, FieldError refusal) {}

    static String megabytes(long bytes) {
        return String.valueOf(Math.max(1, bytes / (1024 * 1024)));
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean active(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        return ACTIVE_PDF.stream().anyMatch(name -> {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int after = at + name.length();
                // a whole name: "/JS" but not "/JSomething"
                if (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after))) {
                    return true;
                }
            }
            return false;
        });
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
