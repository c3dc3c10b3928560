package id.kompeten.system;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo profile only (kompeten.demo.enabled): the demo users and groups of DESIGN.md with the demo password,
 * and the demo data. Idempotent: a restart finds them and leaves them be.
 */
@Component
@ConditionalOnProperty(name = "kompeten.demo.enabled", havingValue = "true")
class DemoSetup {

    record DemoUser(String id, String firstName, String lastName, String email, String group) {}

    static final List<DemoUser> USERS = List.of(
            new DemoUser("siti", "Siti", "Rahmawati", "siti@kompeten.example", "hr-staff"),
            new DemoUser("budi", "Budi", "Santoso", "budi@kompeten.example", "supervisors"),
            new DemoUser("andi", "Andi", "Pratama", "andi@kompeten.example", "participants"),
            new DemoUser("dewi", "Dewi", "Lestari", "dewi@kompeten.example", "participants"));

    private final IdentityService identity;
    private final DemoData data;
    private final KompetenProperties properties;

    DemoSetup(IdentityService identity, DemoData data, KompetenProperties properties) {
        this.identity = identity;
        this.data = data;
        this.properties = properties;
    }

    @EventListener
    public void onReady(ApplicationReadyEvent event) {
        group("hr-staff", "Staf BKPSDM");
        group("supervisors", "Atasan langsung");
        group("participants", "Peserta (pegawai ASN)");
        for (DemoUser u : USERS) {
            if (identity.createUserQuery().userId(u.id()).singleResult() == null) {
                User user = identity.newUser(u.id());
                user.setFirstName(u.firstName());
                user.setLastName(u.lastName());
                user.setEmail(u.email());
                user.setPassword(properties.demo().password());
                identity.saveUser(user);
                identity.createMembership(u.id(), u.group());
            }
        }
        data.load();
    }

    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).singleResult() == null) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }
}
