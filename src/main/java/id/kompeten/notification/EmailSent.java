package id.kompeten.notification;

/** Published after an email was accepted by the SMTP server and its receipt committed. */
record EmailSent(String idempotencyKey, String messageId, String address, String kind) {}
