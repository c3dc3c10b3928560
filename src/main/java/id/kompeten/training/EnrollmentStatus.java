package id.kompeten.training;

public enum EnrollmentStatus { ENROLLED, ATTENDED, ABSENT }
