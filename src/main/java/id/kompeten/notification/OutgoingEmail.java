package id.kompeten.notification;

import java.util.ArrayList;
import java.util.List;

/**
 * One email a feature asks for ({@link Emails#request}), already written in its recipient's language: what it is,
 * what it is about, to whom, its texts, where its button goes and what it carries. Notification adds the frame
 * (greeting, footer, the button's label and URL), the idempotency key and Message-ID, and sends it.
 *
 * @param kind what kind of email it is ({@code TRAINING_INVITATION}): recorded with it, part of its key and Message-ID
 * @param topic what it is about: its case number, or e.g. a programme code or {@code JP-2026}; part of its key
 * @param caseNumber the case it belongs to (listed with the case, named in the footer), or null
 * @param round the case's round (0 for an email not of a case); part of its key
 * @param to the recipient, whose language the texts are in
 * @param paragraphs the body, as text (the templates escape it)
 * @param details label and value rows under the body
 * @param link where the email's button goes, or null
 * @param attachments files sent with it (a calendar invite)
 * @param aboutTask for a reminder or escalation, the Camunda task id it is about: if that task is done before the
 *                  email goes, it is not sent; else null
 */
public record OutgoingEmail(String kind, String topic, String caseNumber, int round, Recipient to, String subject,
                            List<String> paragraphs, List<Detail> details, Link link, List<Attachment> attachments,
                            String aboutTask) {

    public OutgoingEmail {
        paragraphs = List.copyOf(paragraphs);
        details = List.copyOf(details);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** An email of a case: its topic is the case number. */
    public static OutgoingEmail ofCase(String kind, String caseNumber, int round, Recipient to, String subject,
                                       String body, List<Detail> details, Link link) {
        return new OutgoingEmail(kind, caseNumber, caseNumber, round, to, subject, List.of(body), details, link,
                List.of(), null);
    }

    /** An email not of one case (a programme's report, the JP reminder), about {@code topic}. */
    public static OutgoingEmail notice(String kind, String topic, Recipient to, String subject, String body,
                                       List<Detail> details, Link link) {
        return new OutgoingEmail(kind, topic, null, 0, to, subject, List.of(body), details, link, List.of(), null);
    }

    public OutgoingEmail with(Attachment attachment) {
        List<Attachment> more = new ArrayList<>(attachments);
        more.add(attachment);
        return new OutgoingEmail(kind, topic, caseNumber, round, to, subject, paragraphs, details, link, more, aboutTask);
    }

    public OutgoingEmail aboutTask(String taskId) {
        return new OutgoingEmail(kind, topic, caseNumber, round, to, subject, paragraphs, details, link, attachments,
                taskId);
    }

    /** One row of the details: a label and a value, both as shown. */
    public record Detail(String label, String value) {}

    /**
     * The email's button: to a task of its case ({@code /tugas/<case>/<task>}, signed, opening Tasklist in the
     * reader's language) or to a page of Kompeten ({@code /laporan/program/X}); its label is a message key.
     */
    public record Link(String taskKey, String path, String labelKey) {

        public static Link toTask(String taskKey) {
            return new Link(taskKey, null, "mail.action.openTask");
        }

        public static Link toPage(String path, String labelKey) {
            return new Link(null, path, labelKey);
        }
    }

    /** A file sent with the email, e.g. {@code undangan.ics}, {@code text/calendar; charset=UTF-8; method=REQUEST}. */
    public record Attachment(String fileName, String mediaType, byte[] content) {}
}
