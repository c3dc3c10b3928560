package id.kompeten.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A job executed by hand while the job executor holds it (locked, running on some node) would run twice at
 * once; Camunda's REST then answers 500 (an NPE or a concurrent update). It answers 409 instead, before
 * anything runs. Runs after Camunda's authentication filter: a job the caller may not read is left to
 * Camunda (404), so the answer reveals nothing.
 */
class RunningJobFilter extends OncePerRequestFilter {

    private static final Pattern EXECUTE = Pattern.compile("/engine-rest/job/([^/]+)/execute/?");

    private static ManagementService management() {
        return EngineUtil.lookupProcessEngine(null).getManagementService();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher execute = EXECUTE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if ("POST".equals(request.getMethod()) && execute.matches() && heldByTheExecutor(execute.group(1))) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"JobRunning\",\"message\":\"job " + execute.group(1).replaceAll(
                    "[^A-Za-z0-9-]", "") + ": sedang dijalankan; lihat lagi sebentar lagi / is running right now;"
                    + " look again in a moment\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean heldByTheExecutor(String jobId) {
        Job job = management().createJobQuery().jobId(jobId).singleResult();
        if (!(job instanceof JobEntity entity) || entity.getLockExpirationTime() == null) {
            return false;
        }
        return entity.getLockExpirationTime().after(new Date(ClockUtil.getCurrentTime().getTime()));
    }
}
