package id.kompeten.learning;

/** A claim waits for HR's verification, then is verified (its JP credited) or refused with a reason. */
public enum ClaimStatus { SUBMITTED, VERIFIED, REFUSED }
