package id.kompeten.notification;

/** Published in the step's transaction when it asked for an email (its row and sending job are written). */
record EmailRequested(String idempotencyKey, String messageId) {}
