package id.kompeten.system;

import org.junit.jupiter.api.Test;

/** CaseBenchmark on an H2 file database, as the demo's; with the application's start-ups (demo profile, H2). */
class H2CaseBenchmark extends CaseBenchmark {

    @Test
    void onH2() throws Exception {
        wholeCasesAgainstTheBareShape("h2", true);
    }
}
