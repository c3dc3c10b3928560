package id.kompeten.evaluation;

import java.util.List;

/**
 * What the completed development activities of a case's plan (other than its course) tell the evaluation, each level
 * from its kind's own evidence on the 1-5 scale. Provided by the activities, so the evaluation needs none of them.
 */
public interface ActivityEvidence {

    /** One activity's evidence: where it comes from (shown), its reaction (L1) and its learning (L2), 1-5. */
    record Evidence(String source, double reaction, int learning) {}

    List<Evidence> of(String caseNumber);
}
