package id.kompeten.system;

import id.kompeten.security.HttpCalls.Reply;
import java.io.IOException;
import java.net.HttpCookie;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser behind a load balancer: one address for the user, and each request answered by whichever node it
 * reaches. It keeps its cookies (the session, Camunda's XSRF-TOKEN) whichever node set them, sends them with every
 * request, and sends the CSRF token back in X-XSRF-TOKEN as Tasklist's scripts do.
 */
final class ClusterBrowser {

    private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

    String cookie(String name) {
        return cookies.get(name);
    }

    /** A request as Tasklist's scripts make it: the cookies, and the CSRF token unless {@code withToken} is false. */
    Reply call(ClusterNode node, String method, String path, Object body, boolean withToken)
            throws IOException, InterruptedException {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!cookies.isEmpty()) {
            headers.put("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (withToken && cookies.containsKey("XSRF-TOKEN")) {
            headers.put("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        if (body instanceof String) {
            headers.put("Content-Type", "application/x-www-form-urlencoded");
        }
        Reply reply = node.call(null, method, path, body, headers);
        for (String header : reply.raw().headers().allValues("Set-Cookie")) {
            for (HttpCookie cookie : HttpCookie.parse(header)) {
                if (cookie.getMaxAge() == 0) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
        }
        return reply;
    }

    Reply call(ClusterNode node, String method, String path, Object body) throws IOException, InterruptedException {
        return call(node, method, path, body, true);
    }

    /** Opens Tasklist (its CSRF cookie) and logs in as the user with the demo password; the login's answer. */
    Reply logIn(ClusterNode node, String user) throws IOException, InterruptedException {
        call(node, "GET", "/camunda/app/tasklist/default/", null);
        return call(node, "POST", "/camunda/api/admin/auth/user/default/login/tasklist", "username=" + user + "&password=demo");
    }
}
