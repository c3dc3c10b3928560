package id.kompeten.security;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Where {@link LoginThrottle} keeps its counts: the database in the application, a map in its unit test. */
interface LoginFailures {

    Map<String, LoginThrottle.Failures> of(Collection<String> keys);

    /** Counts one more failure (a first one if the last was before {@code forgetBefore}); the new count. */
    int add(String key, String user, Instant at, Instant forgetBefore);

    void remove(String key);

    void removeUser(String user);
}
