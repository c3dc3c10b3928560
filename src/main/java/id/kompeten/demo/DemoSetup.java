package id.kompeten.demo;

import id.kompeten.system.StartupStep;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo profile only (kompeten.demo.enabled): the demo users of DESIGN.md in their groups, with the demo password,
 * and the demo data; with kompeten.demo.finished-year (the demo profile) also the previous year and this year's
 * cases ({@link DemoYear}). Idempotent: a restart finds them and leaves them be.
 * <p>
 * Run as the context starts, after the groups exist (security.AccessSetup, phase 0) and before the web server opens
 * (Spring Boot opens it at lifecycle phase {@code Integer.MAX_VALUE - 2048}) and before the job executor starts
 * (on ApplicationReadyEvent): "Started" is logged, Tasklist and the reports answer, only once the demo is complete.
 */
@Component
@ConditionalOnProperty(name = "kompeten.demo.enabled", havingValue = "true")
class DemoSetup extends StartupStep {

    record DemoUser(String id, String firstName, String lastName, String email, String group) {}

    static final List<DemoUser> USERS = List.of(
            new DemoUser("siti", "Siti", "Rahmawati", "siti@kompeten.example", "hr-staff"),
            new DemoUser("budi", "Budi", "Santoso", "budi@kompeten.example", "supervisors"),
            new DemoUser("andi", "Andi", "Pratama", "andi@kompeten.example", "participants"),
            new DemoUser("dewi", "Dewi", "Lestari", "dewi@kompeten.example", "participants"));

    private final IdentityService identity;
    private final DemoData data;
    private final DemoYear year;
    private final DemoSettings demo;

    /** Demo users on PostgreSQL are refused before start by system.StartupSettingsCheck. */
    DemoSetup(IdentityService identity, DemoData data, DemoYear year, DemoSettings demo) {
        super(10); // after the groups and their authorizations exist (security.AccessSetup, phase 0)
        this.identity = identity;
        this.data = data;
        this.year = year;
        this.demo = demo;
    }

    @Override
    protected void run() {
        load();
    }

    private void load() {
        for (DemoUser u : USERS) {
            if (identity.createUserQuery().userId(u.id()).singleResult() == null) {
                User user = identity.newUser(u.id());
                user.setFirstName(u.firstName());
                user.setLastName(u.lastName());
                user.setEmail(u.email());
                user.setPassword(demo.password());
                identity.saveUser(user);
                identity.createMembership(u.id(), u.group());
            }
        }
        // siti is BKPSDM staff serving the demo agency (HR reads the case files of the agency it serves)
        identity.setUserInfo("siti", "agency", DemoData.AGENCY);
        data.load();
        if (demo.finishedYear()) {
            year.load();
        }
    }
}
