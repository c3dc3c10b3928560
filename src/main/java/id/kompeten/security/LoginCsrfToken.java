package id.kompeten.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.filter.CsrfPreventionFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A Tasklist login answers with the CSRF token of the session it makes. Camunda's login replaces the session (against
 * session fixation), and its CSRF filter gives the new session a token at the next request. Tasklist sends several
 * requests at once after logging in; with the sessions in the database (Spring Session JDBC), each request reads the
 * session on its own, on whichever node, so each found no token, made one of its own and stored it (all but one
 * failing on the stored row, 500) and the browser kept whichever came last: the next change was refused, and the
 * session ended. Here the login's answer carries the new session's token, made by Camunda's own filter with the
 * webapps' settings (camunda.bpm.webapp.csrf), so every request after it finds the token.
 */
class LoginCsrfToken extends OncePerRequestFilter {

    private final Pattern login;
    private final Issuer csrf = new Issuer();

    /** @param webapps where the webapps answer ({@code /camunda}: camunda.bpm.webapp.application-path) */
    LoginCsrfToken(String webapps, Map<String, String> csrfSettings) throws ServletException {
        this.login = Pattern.compile(Pattern.quote(webapps) + "/api/admin/auth/user/[^/]+/login/[^/]+");
        csrf.init(new Settings(csrfSettings));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !login.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the login's answer is held back until the token's cookie and header are on it
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
            if (answer.getStatus() == HttpServletResponse.SC_OK && request.getSession(false) != null) {
                csrf.issue(request, answer);
            }
        } finally {
            answer.copyBodyToResponse();
        }
    }

    /** Camunda's CSRF filter, for its token alone: made if the session has none, stored there, sent as cookie and header. */
    private static final class Issuer extends CsrfPreventionFilter {
        void issue(HttpServletRequest request, HttpServletResponse response) {
            setCSRFToken(request, response);
        }
    }

    private record Settings(Map<String, String> parameters) implements FilterConfig {
        @Override
        public String getFilterName() {
            return "login-csrf-token";
        }

        @Override
        public ServletContext getServletContext() {
            return null;
        }

        @Override
        public String getInitParameter(String name) {
            return parameters.get(name);
        }

        @Override
        public Enumeration<String> getInitParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }
}
