package id.kompeten.notification;

import id.kompeten.notification.OutgoingEmail.Attachment;
import id.kompeten.notification.OutgoingEmail.Detail;
import java.util.List;

/**
 * One email ready to send, framed ({@link Emails}): texts already in the recipient's language (rendered into HTML
 * and plain text by {@link EmailTemplates}), its attachments, and for a reminder or escalation the open task it is
 * about ({@code aboutTask}, a Camunda task id): if that is done before the send, it is not sent. Kept as JSON with
 * its row ({@link EmailContent}).
 */
record ComposedEmail(String kind, Recipient recipient, String subject, String greeting, List<String> paragraphs,
                     List<Detail> details, String actionLabel, String actionUrl, String footer,
                     List<Attachment> attachments, String aboutTask) {

    ComposedEmail {
        attachments = attachments == null ? List.of() : attachments;
    }
}
