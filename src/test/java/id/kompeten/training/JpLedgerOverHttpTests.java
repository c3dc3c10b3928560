package id.kompeten.training;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.security.HttpCalls;
import id.kompeten.security.HttpCalls.Reply;
import id.kompeten.demo.DemoData;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** An employee's JP ledger over HTTP: the employee (whatever their group), their supervisor, nobody else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class JpLedgerOverHttpTests {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    HttpCalls api;

    @BeforeEach
    void setUp() {
        api = new HttpCalls(port);
        new CaseDriver(engine, jdbc).reset();
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId("rina").singleResult() == null) {
            User rina = identity.newUser("rina");
            rina.setPassword("demo");
            identity.saveUser(rina);
            identity.createMembership("rina", "supervisors");
        }
    }

    @org.junit.jupiter.api.AfterEach
    void removeRina() {
        engine.getIdentityService().deleteUser("rina");
    }

    Reply ledger(String user, String nip) throws Exception {
        return api.as(user, "GET", "/api/jp/employees/" + nip, null);
    }

    @Test
    void aSupervisorReadsHisOwnLedgerAndHisStaffsButNoOneElses() throws Exception {
        Reply own = ledger("budi", DemoData.BUDI_NIP);
        assertThat(own.status()).as(own.text()).isEqualTo(200);
        assertThat(own.body().get("nip").asText()).isEqualTo(DemoData.BUDI_NIP);
        assertThat(ledger("budi", DemoData.ANDI_NIP).status()).as("his staff").isEqualTo(200);

        assertThat(ledger("rina", DemoData.BUDI_NIP).status()).as("another supervisor").isEqualTo(404);
        assertThat(ledger("andi", DemoData.BUDI_NIP).status()).as("his staff reads not his").isEqualTo(404);
        assertThat(ledger("andi", DemoData.ANDI_NIP).status()).as("a participant his own").isEqualTo(200);
        assertThat(ledger("andi", DemoData.DEWI_NIP).status()).as("a colleague's").isEqualTo(404);
    }
}
