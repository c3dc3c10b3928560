package id.kompeten.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.security.HttpCalls.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The webapps' cookies after logging in to Tasklist: each carries SameSite exactly once, the session HttpOnly; the
 * session is kept in the database (Spring Session JDBC), as every node sees it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionCookieTests {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void eachCookieCarriesSameSiteOnce() throws Exception {
        HttpCalls browser = HttpCalls.browser(port);
        List<String> cookies = new ArrayList<>(browser.call(null, null, "GET", "/camunda/app/tasklist/default/", null,
                Map.of()).raw().headers().allValues("Set-Cookie"));
        Reply login = browser.call(null, null, "POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                "username=andi&password=demo", Map.of("Content-Type", "application/x-www-form-urlencoded",
                        "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")));
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        cookies.addAll(login.raw().headers().allValues("Set-Cookie"));

        assertThat(cookies).anyMatch(c -> c.startsWith("JSESSIONID="));
        for (String cookie : cookies) {
            assertThat(cookie.split("(?i)SameSite", -1)).as(cookie).hasSize(2);
            assertThat(cookie).containsIgnoringCase("SameSite=Lax");
        }
        assertThat(cookies.stream().filter(c -> c.startsWith("JSESSIONID="))).allMatch(c -> c.contains("HttpOnly"));
    }

    /**
     * Opening report pages from Tasklist keeps the Tasklist session as it is: the same session id, so requests
     * Tasklist sends at the same time, or after, are still logged in (the id used to change on every page).
     */
    @Test
    void reportPagesKeepTheTasklistSession() throws Exception {
        HttpCalls browser = HttpCalls.browser(port);
        browser.call(null, null, "GET", "/camunda/app/tasklist/default/", null, Map.of());
        Reply login = browser.call(null, null, "POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                "username=siti&password=demo", Map.of("Content-Type", "application/x-www-form-urlencoded",
                        "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")));
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        String session = browser.cookie("JSESSIONID");
        for (int i = 0; i < 3; i++) {
            Reply page = browser.call(null, null, "GET", "/laporan/instansi?nama=x", null, Map.of());
            assertThat(page.status()).as("logged in through the Tasklist session").isNotEqualTo(401);
            assertThat(page.raw().headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
        }
        assertThat(browser.cookie("JSESSIONID")).isEqualTo(session);
        assertThat(browser.call(null, null, "GET", "/camunda/api/admin/auth/user/default", null, Map.of()).status())
                .isEqualTo(200);
    }

    /**
     * The Tasklist login lives in the database, not in this node's memory: its row holds Camunda's authentication
     * and CSRF token, read back (deserialized) on every request; without the row the same cookie is logged out.
     * (Two nodes sharing one login: system.ClusterTests.)
     */
    @Test
    void theTasklistLoginIsKeptInTheDatabase() throws Exception {
        HttpCalls browser = HttpCalls.browser(port);
        browser.call(null, null, "GET", "/camunda/app/tasklist/default/", null, Map.of());
        Reply login = browser.call(null, null, "POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                "username=dewi&password=demo", Map.of("Content-Type", "application/x-www-form-urlencoded",
                        "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")));
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        // Spring Session's cookie carries the session id in Base64
        String sessionId = new String(java.util.Base64.getDecoder().decode(browser.cookie("JSESSIONID")),
                java.nio.charset.StandardCharsets.US_ASCII);
        Reply user = browser.call(null, null, "GET", "/camunda/api/admin/auth/user/default", null, Map.of());
        assertThat(user.status()).isEqualTo(200);
        assertThat(user.body().get("userId").asText()).isEqualTo("dewi");
        // the login made a new session; its CSRF token came with the request after it (the token changes at login)
        assertThat(jdbc.queryForList("select a.attribute_name from spring_session s join spring_session_attributes a"
                + " on a.session_primary_id = s.primary_id where s.session_id = ?", String.class, sessionId))
                .contains("authenticatedUser", "CAMUNDA_CSRF_TOKEN");
        assertThat(browser.call(null, null, "GET", "/camunda/api/engine/engine/default/task/count", null, Map.of())
                .status()).isEqualTo(200);
        assertThat(jdbc.update("delete from spring_session where session_id = ?", sessionId)).isEqualTo(1);
        assertThat(browser.call(null, null, "GET", "/camunda/api/engine/engine/default/task/count", null, Map.of())
                .status()).as("the session's row gone, the same cookie is logged out").isEqualTo(401);
        // (Camunda answers "who is logged in" with 404 for nobody)
        assertThat(browser.call(null, null, "GET", "/camunda/api/admin/auth/user/default", null, Map.of()).status())
                .isEqualTo(404);
    }

    /**
     * Tasklist sends several requests at once right after logging in. The login's answer carries the new session's
     * CSRF token (security.LoginCsrfToken), so none of them makes one of its own: all answer, none changes the token,
     * and a change with the login's token is accepted. (Without it, each made its own token in its own read of the
     * session in the database, and all but one failed with 500.)
     */
    @Test
    void theRequestsSentAtOnceAfterLoggingInShareTheTokenOfTheLogin() throws Exception {
        HttpCalls browser = HttpCalls.browser(port);
        browser.call(null, null, "GET", "/camunda/app/tasklist/default/", null, Map.of());
        String before = browser.cookie("XSRF-TOKEN");
        Reply login = browser.call(null, null, "POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                "username=budi&password=demo", Map.of("Content-Type", "application/x-www-form-urlencoded",
                        "X-XSRF-TOKEN", before));
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        String token = browser.cookie("XSRF-TOKEN");
        assertThat(token).as("a new token with the new session").isNotEqualTo(before);
        assertThat(login.raw().headers().firstValue("X-XSRF-TOKEN")).contains(token);

        var requests = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                replies.add(requests.submit(() -> browser.call(null, null, "GET",
                        "/camunda/api/engine/engine/default/filter?resourceType=Task&maxResults=50", null, Map.of())));
            }
            for (java.util.concurrent.Future<Reply> reply : replies) {
                assertThat(reply.get().status()).as(reply.get().text()).isEqualTo(200);
                assertThat(reply.get().raw().headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("XSRF-TOKEN="));
            }
        } finally {
            requests.shutdown();
        }
        assertThat(browser.call(null, null, "POST", "/camunda/api/engine/engine/default/task/count", "{}",
                Map.of("X-XSRF-TOKEN", token)).status()).isEqualTo(200);
    }
}
