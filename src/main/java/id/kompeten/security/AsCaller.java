package id.kompeten.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Runs an engine query as the caller of an engine API call, so Camunda's authorizations filter it as for them. */
final class AsCaller {

    private AsCaller() {}

    static <T> T query(ProcessEngine engine, EngineApiCall call, Supplier<T> query) {
        IdentityService identity = engine.getIdentityService();
        Authentication before = identity.getCurrentAuthentication();
        identity.setAuthentication(call.user(), call.groups());
        try {
            return query.get();
        } finally {
            if (before == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(before);
            }
        }
    }
}
