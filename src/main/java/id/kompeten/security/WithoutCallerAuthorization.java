package id.kompeten.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call that our /api makes on the caller's behalf without the caller's engine authorization.
 * {@link CaseAccess} has already decided (it knows agencies and supervisors; Camunda's grants do not), and
 * the caller holds no engine permission to touch instances directly, which is what keeps /engine-rest shut.
 */
@Component
public class WithoutCallerAuthorization {

    private final IdentityService identity;

    WithoutCallerAuthorization(IdentityService identity) {
        this.identity = identity;
    }

    public <T> T call(Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
