package id.kompeten.process;

/**
 * Something done to a case outside its process steps (a correction of a recorded figure), published by the
 * feature that did it, for the case's timeline; the feature that keeps the timeline listens.
 */
public record CaseNote(String caseNumber, String stepId, String stepName, String actor, String detail) {}
