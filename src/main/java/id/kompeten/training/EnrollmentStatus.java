package id.kompeten.training;

/** CANCELLED: withdrawn by HR before the session; frees the seat and the budget. */
public enum EnrollmentStatus { ENROLLED, ATTENDED, ABSENT, CANCELLED }
