package id.kompeten.system;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;

/** A database sequence of ours (made by Flyway) on H2 or PostgreSQL: numbers safe across several nodes. */
public final class DatabaseSequences {

    private DatabaseSequences() {}

    public static DataFieldMaxValueIncrementer of(DataSource dataSource, String sequence) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        return product.toLowerCase().contains("postgres")
                ? new PostgresSequenceMaxValueIncrementer(dataSource, sequence)
                : new H2SequenceMaxValueIncrementer(dataSource, sequence);
    }
}
