package id.kompeten.agencyplan;

import id.kompeten.system.DatabaseSequences;
import javax.sql.DataSource;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Component;

/** Plan numbers {@code RPK-<year>-<6 digits>} from a database sequence, safe across several nodes. */
@Component
class AgencyPlanNumbers {

    private final DataFieldMaxValueIncrementer sequence;

    AgencyPlanNumbers(DataSource dataSource) throws MetaDataAccessException {
        this.sequence = DatabaseSequences.of(dataSource, "agency_plan_number_seq");
    }

    String next(int year) {
        return "RPK-%d-%06d".formatted(year, sequence.nextLongValue());
    }
}
