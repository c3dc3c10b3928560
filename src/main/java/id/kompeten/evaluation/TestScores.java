package id.kompeten.evaluation;

/**
 * The pre- and post-test scores HR recorded for a case's latest attended session, read from where HR's form
 * wrote them (training's enrolment), never from a process variable a client could have set. Training provides
 * it, so evaluation depends on no other feature for it.
 */
public interface TestScores {

    record Scores(int preTest, int postTest) {}

    Scores of(String caseNumber);
}
