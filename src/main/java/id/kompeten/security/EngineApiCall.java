package id.kompeten.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One call to the engine's generic REST API, whichever door it came through: {@code /engine-rest} (HTTP Basic,
 * also as {@code /engine-rest/engine/<name>/...}) or the webapps' {@code /camunda/api/engine/engine/<name>/...}
 * (Tasklist's session). {@link #path()} is the resource path below the engine, e.g. {@code task/42/complete}.
 */
record EngineApiCall(String method, String engineName, String path, String user, List<String> groups) {

    private static final Pattern ENGINE_REST = Pattern.compile("/engine-rest(?:/engine/([^/]+))?(/.*)?");
    private static final Pattern WEBAPP = Pattern.compile("/camunda/api/engine/engine/([^/]+)(/.*)?");

    /** The call, or null when the request is not one to the engine's REST resources. */
    static EngineApiCall of(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        Matcher rest = ENGINE_REST.matcher(uri);
        Matcher webapp = WEBAPP.matcher(uri);
        String engine;
        String path;
        String user = null;
        List<String> groups = List.of();
        if (rest.matches()) {
            engine = rest.group(1);
            path = rest.group(2);
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.isAuthenticated()) {
                user = authentication.getName();
                groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
            }
        } else if (webapp.matches()) {
            engine = webapp.group(1);
            path = webapp.group(2);
            UserAuthentication session = webappUser(request, engine);
            if (session != null) {
                user = session.getIdentityId();
                groups = List.copyOf(session.getGroupIds());
            }
        } else {
            return null;
        }
        String relative = path == null ? "" : path.replaceAll("^/+|/+$", "");
        return new EngineApiCall(request.getMethod(), engine, relative, user, groups);
    }

    private static UserAuthentication webappUser(HttpServletRequest request, String engine) {
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        Authentication user = authentications == null ? null : authentications.getAuthenticationForProcessEngine(engine);
        return user instanceof UserAuthentication u ? u : null;
    }

    boolean isAdmin() {
        return groups.contains(Roles.ADMIN);
    }

    boolean reads() {
        return method.equals("GET") || method.equals("HEAD"); // OPTIONS would describe the whole API (WADL)
    }

    /** The path's segments, e.g. [task, 42, complete]. */
    String[] segments() {
        return path.isEmpty() ? new String[0] : path.split("/+");
    }
}
