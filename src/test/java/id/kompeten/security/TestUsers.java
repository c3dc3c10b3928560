package id.kompeten.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;

/**
 * Users beside the demo ones, made by the tests that need them (password "demo"): rina, a supervisor of nobody
 * in the demo; tono, HR serving another agency; tamu, a participant with no case.
 */
public final class TestUsers {

    public static final String OTHER_AGENCY = "Dinas Kesehatan Kota Bandar Lampung";

    private TestUsers() {}

    public static void ensureAll(ProcessEngine engine) {
        ensure(engine, "rina", "Rina", "Wulandari", Roles.SUPERVISORS);
        ensure(engine, "tono", "Tono", "Sugiarto", Roles.HR_STAFF);
        engine.getIdentityService().setUserInfo("tono", "agency", OTHER_AGENCY);
        ensure(engine, "tamu", "Tamu", "Uji", Roles.PARTICIPANTS);
    }

    public static void ensure(ProcessEngine engine, String id, String first, String last, String group) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(id).singleResult() == null) {
            User user = identity.newUser(id);
            user.setFirstName(first);
            user.setLastName(last);
            user.setEmail(id + "@kompeten.example");
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }
}
