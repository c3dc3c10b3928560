package id.kompeten.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that failed because the database is gone is answered 503 with Retry-After, not 500: nothing is wrong
 * with the request, and the same request succeeds once the database is back. Outermost (see
 * {@link DatabaseOutageConfiguration}), as Spring Session's filter and the login check read the database before any
 * controller runs. Failures a controller or Jersey answers themselves are answered the same way there (the case
 * API's ApiErrors, /engine-rest's mapper).
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MessageSource messages;

    DatabaseUnavailableFilter(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseUnavailable.in(e) || response.isCommitted()) {
                throw e;
            }
            // one line, not a stack trace per request while the database is down
            log.warn("database unavailable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
                    rootMessage(e));
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            response.setContentType("application/problem+json;charset=UTF-8");
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("title", "Service Unavailable");
            problem.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            problem.put("detail", DatabaseUnavailable.text(messages));
            response.getWriter().write(JSON.writeValueAsString(problem));
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
