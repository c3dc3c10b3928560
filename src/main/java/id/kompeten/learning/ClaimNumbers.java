package id.kompeten.learning;

import id.kompeten.system.DatabaseSequences;
import javax.sql.DataSource;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Component;

/** Claim numbers {@code KLM-<year>-<6 digits>} from a database sequence, safe across several nodes. */
@Component
class ClaimNumbers {

    private final DataFieldMaxValueIncrementer sequence;

    ClaimNumbers(DataSource dataSource) throws MetaDataAccessException {
        this.sequence = DatabaseSequences.of(dataSource, "learning_claim_number_seq");
    }

    String next(int year) {
        return "KLM-%d-%06d".formatted(year, sequence.nextLongValue());
    }
}
