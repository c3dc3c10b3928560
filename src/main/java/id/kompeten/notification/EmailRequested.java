package id.kompeten.notification;

/** Published in the step's transaction when it asked for an email (its row and sending job are written). */
public record EmailRequested(String idempotencyKey, String messageId) {}
