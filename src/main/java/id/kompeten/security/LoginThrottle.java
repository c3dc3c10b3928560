package id.kompeten.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failed logins slow down, then lock for a while, never for good, so that nobody can shut a user out:
 * <ul>
 *   <li>a user from one client address: after {@code slowDownAfter} failures each next try must wait 1, 2, 4 ...
 *       seconds (at most {@code maxDelay}); after {@code maxFailures} that address may not try that user for
 *       {@code lockDuration}. The user, from anywhere else, still logs in.</li>
 *   <li>a client address: after {@code maxFailuresPerAddress} failures on any users, locked for {@code lockDuration}.</li>
 *   <li>a user from everywhere (many addresses at once): after {@code maxFailuresPerUser}, locked for {@code lockDuration}.</li>
 * </ul>
 * A refused try is not checked and not counted; a success clears the user's count from that address; an
 * administrator's unlock (Camunda Admin, {@code POST /engine-rest/user/{id}/unlock}) clears the user's counts.
 * Counts live in the database ({@link LoginFailures}), so every node sees the same, and are forgotten
 * {@code lockDuration} after the last failure.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginProperties limits;
    private final LoginFailures failures;
    private final Clock clock;

    LoginThrottle(LoginProperties limits, LoginFailures failures, Clock clock) {
        this.limits = limits;
        this.failures = failures;
        this.clock = clock;
    }

    /** A key's failures so far and when the last one was. */
    record Failures(int count, Instant last) {}

    /** May this try be checked at all? */
    public boolean mayTry(String user, String address) {
        Instant now = clock.instant();
        Map<String, Failures> known = failures.of(keys(user, address));
        boolean fromAnAddress = address == null
                || (allowed(known.get(pairKey(user, address)), now, true, limits.maxFailures())
                && allowed(known.get(addressKey(address)), now, false, limits.maxFailuresPerAddress()));
        return fromAnAddress && allowed(known.get(userKey(user)), now, false, limits.maxFailuresPerUser());
    }

    public void failed(String user, String address) {
        Instant now = clock.instant();
        Instant forgetBefore = now.minus(limits.lockDuration());
        for (String key : keys(user, address)) {
            int count = failures.add(key, key.startsWith("a:") ? null : user, now, forgetBefore);
            if (count == limitOf(key)) {
                log.warn("login locked for {} after {} failed tries: {}", limits.lockDuration(), count,
                        key.replace('\n', ' '));
            }
        }
    }

    public void succeeded(String user, String address) {
        if (address != null) {
            failures.remove(pairKey(user, address));
        }
    }

    /** An administrator unlocked the user: every count of theirs goes. */
    public void unlock(String user) {
        failures.removeUser(user);
    }

    private boolean allowed(Failures f, Instant now, boolean slowsDown, int limit) {
        if (f == null || forgotten(f, now)) {
            return true;
        }
        if (f.count() >= limit) {
            return false; // until forgotten, lockDuration after the last failure
        }
        return !slowsDown || f.count() < limits.slowDownAfter() || !now.isBefore(f.last().plus(delay(f.count())));
    }

    /** 1 s after the first failure past the slow-down point, doubling, at most maxDelay. */
    private Duration delay(int count) {
        int doublings = Math.min(30, count - limits.slowDownAfter());
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(limits.maxDelay()) > 0 ? limits.maxDelay() : delay;
    }

    private boolean forgotten(Failures f, Instant now) {
        return !now.isBefore(f.last().plus(limits.lockDuration()));
    }

    private int limitOf(String key) {
        return key.startsWith("p:") ? limits.maxFailures()
                : key.startsWith("a:") ? limits.maxFailuresPerAddress() : limits.maxFailuresPerUser();
    }

    /** An unknown address (a check outside any request) counts for the user only, never for one shared key. */
    private static List<String> keys(String user, String address) {
        return address == null ? List.of(userKey(user)) : List.of(pairKey(user, address), addressKey(address), userKey(user));
    }

    private static String pairKey(String user, String address) {
        return "p:" + user + "\n" + address;
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    private static String userKey(String user) {
        return "u:" + user;
    }
}
