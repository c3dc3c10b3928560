package id.kompeten.activity;

import id.kompeten.system.DatabaseSequences;
import javax.sql.DataSource;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Component;

/** Activity numbers {@code AKT-<year>-<6 digits>} from a database sequence, safe across several nodes. */
@Component
class ActivityNumbers {

    private final DataFieldMaxValueIncrementer sequence;

    ActivityNumbers(DataSource dataSource) throws MetaDataAccessException {
        this.sequence = DatabaseSequences.of(dataSource, "activity_number_seq");
    }

    String next(int year) {
        return "AKT-%d-%06d".formatted(year, sequence.nextLongValue());
    }
}
