package id.kompeten.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins slow down and lock, prefix {@code kompeten.login} (see {@link LoginThrottle}). Counted per
 * user from one client address, per client address and per user from everywhere; a lock lasts
 * {@code lockDuration}, never for good.
 */
@ConfigurationProperties("kompeten.login")
record LoginProperties(@DefaultValue("3") int slowDownAfter,
                              @DefaultValue("PT1M") Duration maxDelay,
                              @DefaultValue("10") int maxFailures,
                              @DefaultValue("30") int maxFailuresPerAddress,
                              @DefaultValue("100") int maxFailuresPerUser,
                              @DefaultValue("PT15M") Duration lockDuration) {

    public LoginProperties {
        if (slowDownAfter < 1 || maxFailures <= slowDownAfter || maxFailuresPerAddress < maxFailures
                || maxFailuresPerUser < maxFailures || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("kompeten.login: need 1 <= slow-down-after < max-failures <= "
                    + "max-failures-per-address, max-failures-per-user, and a positive lock-duration");
        }
    }
}
