package id.kompeten.cases;

public enum CaseStatus { OPEN, CLOSED }
