package id.kompeten.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No URL of ours carries path parameters ({@code ;jsessionid=...}, {@code ;x=y}): they only serve to make a path
 * look different to one matcher than to another, and some answered 500 with the framework's internals.
 */
class PathParameterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().indexOf(';') >= 0) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"title\":\"Bad Request\",\"status\":400,\"detail\":"
                    + "\"Alamat tidak boleh memuat ';' / The address may not contain ';'\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
