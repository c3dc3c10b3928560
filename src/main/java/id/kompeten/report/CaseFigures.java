package id.kompeten.report;

import java.math.BigDecimal;

/**
 * One case as the evaluation report reads it. L1–L3 are of the first round (the programme's training);
 * later rounds are follow-up. Null where the case has not reached that step.
 *
 * @param targetedCompetencies competencies the first round trained (its training needs)
 * @param unmasteredCompetencies of those, not yet mastered on the job at the first interview
 * @param attended enrolments attended (each asks for a post-training survey)
 * @param cost what the case's seats cost the budget
 */
record CaseFigures(String caseNumber, String outcome, boolean closed, int rounds,
                          BigDecimal reactionIndex, BigDecimal relevanceIndex, BigDecimal learningGain,
                          BigDecimal transferScore, int targetedCompetencies, int unmasteredCompetencies,
                          int attended, int absent, int surveysReturned, int interviews, BigDecimal jp,
                          BigDecimal cost) {}
