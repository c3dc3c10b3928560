package id.kompeten.notification;

import java.util.List;

/**
 * One email ready to send: texts already in the recipient's language (rendered into HTML and plain text by
 * {@link EmailTemplates}), the calendar invite where the kind carries one, and for a reminder or escalation
 * the open task it is about ({@code aboutTask}, a Camunda task id): if that is done before the send, it is not sent.
 */
record ComposedEmail(EmailKind kind, Recipient recipient, String subject, String greeting, List<String> paragraphs,
                     List<Detail> details, String actionLabel, String actionUrl, String footer, Invite invite,
                     String aboutTask) {

    record Detail(String label, String value) {}

    /** An iCalendar attachment and its iTIP method (REQUEST or CANCEL). */
    record Invite(String method, String calendar) {}
}
