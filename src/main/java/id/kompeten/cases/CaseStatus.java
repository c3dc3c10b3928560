package id.kompeten.cases;

enum CaseStatus { OPEN, CLOSED }
