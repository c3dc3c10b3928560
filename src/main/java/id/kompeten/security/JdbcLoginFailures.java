package id.kompeten.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The counts in table {@code login_failure}, in the transaction of the password check (one connection: Camunda's
 * command and ours share it).
 */
@Component
class JdbcLoginFailures implements LoginFailures {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcLoginFailures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, LoginThrottle.Failures> of(Collection<String> keys) {
        Map<String, LoginThrottle.Failures> found = new HashMap<>();
        jdbc.query("select throttle_key, failures, last_failure from login_failure where throttle_key in (:keys)",
                Map.of("keys", keys), rs -> {
                    found.put(rs.getString(1), new LoginThrottle.Failures(rs.getInt(2), rs.getTimestamp(3).toInstant()));
                });
        return found;
    }

    @Override
    public int add(String key, String user, Instant at, Instant forgetBefore) {
        Map<String, Object> row = new HashMap<>();
        row.put("key", key);
        row.put("user", user);
        row.put("at", Timestamp.from(at));
        row.put("forget", Timestamp.from(forgetBefore));
        int updated = jdbc.update("update login_failure set failures = case when last_failure < :forget then 1"
                + " else failures + 1 end, last_failure = :at where throttle_key = :key", row);
        if (updated == 0) {
            // (two nodes counting the very first failure of a key at the same moment: one insert fails, and with it
            // that one password check; it was a refusal anyway)
            jdbc.update("insert into login_failure (throttle_key, user_id, failures, last_failure) select :key, :user,"
                    + " 1, :at where not exists (select 1 from login_failure where throttle_key = :key)", row);
        }
        return jdbc.queryForObject("select failures from login_failure where throttle_key = :key", row, Integer.class);
    }

    @Override
    public void remove(String key) {
        jdbc.update("delete from login_failure where throttle_key = :key", Map.of("key", key));
    }

    @Override
    public void removeUser(String user) {
        jdbc.update("delete from login_failure where user_id = :user", Map.of("user", user));
    }
}
