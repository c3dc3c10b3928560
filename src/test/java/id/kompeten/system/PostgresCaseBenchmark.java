package id.kompeten.system;

import org.junit.jupiter.api.Test;

/** CaseBenchmark on the embedded PostgreSQL the build fetches, in a JVM of its own. */
class PostgresCaseBenchmark extends CaseBenchmark {

    @Test
    void onPostgres() throws Exception {
        wholeCasesAgainstTheBareShape("postgres", false);
    }
}
