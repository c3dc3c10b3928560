package id.kompeten.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST answers a change to a task that does not exist with 500; users and clients should get 404
 * naming the task. A task the caller may not read does not exist for them either (the same answer, so it
 * reveals nothing). Runs after Camunda's authentication filter, as the calling user.
 */
class UnknownTaskFilter extends OncePerRequestFilter {

    private static final Pattern TASK_CHANGE = Pattern.compile("/engine-rest/task/([^/]+)/[a-z-]+.*");

    UnknownTaskFilter() {}

    /** The engine the REST API and its authentication filter use (looked up the same way). */
    private static TaskService tasks() {
        return EngineUtil.lookupProcessEngine(null).getTaskService();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher change = TASK_CHANGE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!"GET".equals(request.getMethod()) && change.matches()
                && tasks().createTaskQuery().taskId(change.group(1)).count() == 0) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":\"taskId: tugas tidak ada "
                    + "atau bukan untuk Anda / no such task for you\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
