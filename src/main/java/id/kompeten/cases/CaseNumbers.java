package id.kompeten.cases;

import id.kompeten.system.DatabaseSequences;
import javax.sql.DataSource;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Component;

/** Case numbers {@code KMP-<year>-<6 digits>} from a database sequence, safe across several nodes. */
@Component
class CaseNumbers {

    private final DataFieldMaxValueIncrementer sequence;

    CaseNumbers(DataSource dataSource) throws MetaDataAccessException {
        this.sequence = DatabaseSequences.of(dataSource, "case_number_seq");
    }

    String next(int year) {
        return format(year, sequence.nextLongValue());
    }

    static String format(int year, long sequenceValue) {
        return "KMP-%d-%06d".formatted(year, sequenceValue);
    }
}
