package id.kompeten.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The rules of {@link LoginThrottle} with the production defaults, on a clock the test moves. */
class LoginThrottleTests {

    static final String STRANGER = "203.0.113.9";
    static final String ANDIS_PC = "10.0.0.5";

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle = new LoginThrottle(
            new LoginProperties(3, Duration.ofMinutes(1), 10, 30, 100, Duration.ofMinutes(15)), new MapFailures(), clock);

    /** Fails as soon as it may, as an attacker would: waits out each slow-down, then tries again. */
    void failUntilLocked(String user, String address, int failures) {
        for (int i = 0; i < failures; i++) {
            while (!throttle.mayTry(user, address)) {
                clock.move(Duration.ofSeconds(1));
            }
            throttle.failed(user, address);
        }
    }

    @Test
    void failuresSlowDownAfterThreeThenDoubleTheWait() {
        failUntilLocked("andi", STRANGER, 3);
        assertThat(throttle.mayTry("andi", STRANGER)).as("3 failures: wait 1 s").isFalse();
        clock.move(Duration.ofSeconds(1));
        assertThat(throttle.mayTry("andi", STRANGER)).isTrue();
        throttle.failed("andi", STRANGER);
        clock.move(Duration.ofSeconds(1));
        assertThat(throttle.mayTry("andi", STRANGER)).as("4 failures: wait 2 s").isFalse();
        clock.move(Duration.ofSeconds(1));
        assertThat(throttle.mayTry("andi", STRANGER)).isTrue();
    }

    @Test
    void tenFailuresLockTheUserFromThatAddressForFifteenMinutesNotForGood() {
        failUntilLocked("andi", STRANGER, 10);
        assertThat(throttle.mayTry("andi", STRANGER)).isFalse();
        clock.move(Duration.ofMinutes(14));
        assertThat(throttle.mayTry("andi", STRANGER)).isFalse();
        // andi himself, at his own desk, still logs in
        assertThat(throttle.mayTry("andi", ANDIS_PC)).isTrue();
        clock.move(Duration.ofMinutes(1));
        assertThat(throttle.mayTry("andi", STRANGER)).as("15 minutes later").isTrue();
    }

    @Test
    void anAddressThatFailsOnManyUsersIsLockedForAllOfThem() {
        for (String user : new String[] {"andi", "budi", "dewi"}) {
            failUntilLocked(user, STRANGER, 10);
        }
        assertThat(throttle.mayTry("siti", STRANGER)).as("30 failures from one address").isFalse();
        assertThat(throttle.mayTry("siti", ANDIS_PC)).isTrue();
        clock.move(Duration.ofMinutes(15));
        assertThat(throttle.mayTry("siti", STRANGER)).isTrue();
    }

    @Test
    void aUserTriedFromEverywhereIsLockedForAWhileOnly() {
        for (int i = 0; i < 10; i++) {
            failUntilLocked("budi", "198.51.100." + i, 10);
        }
        assertThat(throttle.mayTry("budi", ANDIS_PC)).as("100 failures from everywhere").isFalse();
        clock.move(Duration.ofMinutes(15));
        assertThat(throttle.mayTry("budi", ANDIS_PC)).isTrue();
    }

    @Test
    void aSuccessClearsTheCountAndAnAdministratorUnlocks() {
        failUntilLocked("andi", ANDIS_PC, 2);
        throttle.succeeded("andi", ANDIS_PC);
        failUntilLocked("andi", ANDIS_PC, 2);
        assertThat(throttle.mayTry("andi", ANDIS_PC)).as("the count started again").isTrue();

        failUntilLocked("dewi", STRANGER, 10);
        assertThat(throttle.mayTry("dewi", STRANGER)).isFalse();
        throttle.unlock("dewi");
        assertThat(throttle.mayTry("dewi", STRANGER)).isTrue();
    }

    /** The counts in a map, as JdbcLoginFailures keeps them in its table. */
    static final class MapFailures implements LoginFailures {
        private final java.util.Map<String, LoginThrottle.Failures> counts = new java.util.HashMap<>();
        private final java.util.Map<String, String> users = new java.util.HashMap<>();

        @Override
        public java.util.Map<String, LoginThrottle.Failures> of(java.util.Collection<String> keys) {
            java.util.Map<String, LoginThrottle.Failures> found = new java.util.HashMap<>(counts);
            found.keySet().retainAll(keys);
            return found;
        }

        @Override
        public int add(String key, String user, Instant at, Instant forgetBefore) {
            LoginThrottle.Failures old = counts.get(key);
            int count = old == null || old.last().isBefore(forgetBefore) ? 1 : old.count() + 1;
            counts.put(key, new LoginThrottle.Failures(count, at));
            users.put(key, user);
            return count;
        }

        @Override
        public void remove(String key) {
            counts.remove(key);
        }

        @Override
        public void removeUser(String user) {
            counts.keySet().removeIf(key -> user.equals(users.get(key)));
        }
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-07-01T01:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }
}
