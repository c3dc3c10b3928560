package id.kompeten.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Camunda's own user base, with {@link LoginThrottle} in place of Camunda's lock (which, after 10 wrong
 * passwords, locks a user for good until an administrator unlocks them: anyone could shut anyone out).
 * Every password check goes through here: Tasklist's login, HTTP Basic on /api, /engine-rest and the report pages.
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

    private final LoginThrottle throttle;

    ThrottledIdentityProvider(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        if (userId == null || password == null) {
            return false;
        }
        String address = clientAddress();
        if (!throttle.mayTry(userId, address)) {
            return false; // not checked, so a guess during a lock learns nothing
        }
        UserEntity user = findUserById(userId);
        boolean right = user != null && matchPassword(password, user);
        if (right) {
            throttle.succeeded(userId, address);
        } else {
            throttle.failed(userId, address);
        }
        return right;
    }

    @Override
    public IdentityOperationResult unlockUser(String userId) {
        throttle.unlock(userId);
        return super.unlockUser(userId);
    }

    /** Spring Security's (HTTP Basic), else the request's (Tasklist's login); null outside a request. */
    private static String clientAddress() {
        if (ClientAddress.current() != null) {
            return ClientAddress.current();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
