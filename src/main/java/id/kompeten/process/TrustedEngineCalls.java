package id.kompeten.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine calls that our own API makes on a user's behalf after checking its own rule (HR of the agency, say),
 * which Camunda's authorizations would refuse the user on purpose: nobody but an administrator starts a process
 * or correlates a message through the engine's generic API. The caller stays authenticated, so the user
 * operation log still names them; only the authorization check is off, for this one call.
 */
@Component
public class TrustedEngineCalls {

    private final ProcessEngineConfigurationImpl engine;

    TrustedEngineCalls(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    public <T> T call(Supplier<T> work) {
        // nested engine calls reuse this command context, and with it the switched-off check
        return engine.getCommandExecutorTxRequired().execute(context -> {
            boolean wasEnabled = context.isAuthorizationCheckEnabled();
            context.disableAuthorizationCheck();
            try {
                return work.get();
            } finally {
                if (wasEnabled) {
                    context.enableAuthorizationCheck();
                }
            }
        });
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
