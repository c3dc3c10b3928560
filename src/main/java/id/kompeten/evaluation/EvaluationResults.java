package id.kompeten.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores and reads the measured figures of a case. */
@Service
@Transactional
public class EvaluationResults {

    public static final String REACTION = "REACTION";
    public static final String RELEVANCE = "RELEVANCE";
    public static final String LEARNING_GAIN = "LEARNING_GAIN";
    public static final String TRANSFER = "TRANSFER";
    public static final String FOLLOW_UP = "FOLLOW_UP";

    private final EvaluationResultRepository results;
    private final Clock clock;

    EvaluationResults(EvaluationResultRepository results, Clock clock) {
        this.results = results;
        this.clock = clock;
    }

    void record(String caseNumber, int round, String measure, BigDecimal score, String band, String detail) {
        results.save(new EvaluationResult(caseNumber, round, measure, score, band, detail, clock.instant()));
    }

    /** The latest figure of a measure in a round, as its step recorded it. */
    @Transactional(readOnly = true)
    EvaluationResult latest(String caseNumber, int round, String measure) {
        return results.findFirstByCaseNumberAndRoundAndMeasureOrderByIdDesc(caseNumber, round, measure)
                .orElseThrow(() -> new IllegalStateException("no " + measure + " in round " + round + " of " + caseNumber));
    }

    @Transactional(readOnly = true)
    public List<EvaluationResult> of(String caseNumber) {
        return results.findByCaseNumberOrderByEvaluatedAtAscIdAsc(caseNumber);
    }
}
