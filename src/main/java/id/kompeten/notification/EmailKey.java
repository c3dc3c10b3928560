package id.kompeten.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The idempotency key of one email: its topic (the case, or what a notice is about: a programme, a JP reminder),
 * step, round, recipient and kind, plus the pass (the job that runs the step), because a step may rightly run twice
 * in a round (a second invite after an absence). The job's id is the same for each retry and each re-run after a
 * crash, so those never count as a new pass.
 */
record EmailKey(String topic, String step, int round, String recipient, String kind, String pass) {

    String value() {
        return String.join("/", topic, step, "r" + round, recipient, kind, pass);
    }

    /** A stable Message-ID: the same key always gives the same id, so a receiving server can drop a copy. */
    String messageId(String domain) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value().getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + "." + kind.toLowerCase(Locale.ROOT)
                    .replace('_', '-') + "." + topic + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
