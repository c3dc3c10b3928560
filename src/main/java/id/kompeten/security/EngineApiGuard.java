package id.kompeten.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's generic REST API ({@code /engine-rest} and Tasklist's {@code /camunda/api/engine}) for everyone but
 * administrators: what Tasklist needs and nothing else. Every change but these is refused with 403: queries sent
 * as POST; claiming a queue task for oneself and giving it back; completing it with a body of plain values
 * ({@link TaskCompletionCheck}; which fields, the engine's {@code FormOnlyCompletions}); one's own password.
 * So nobody writes
 * a variable, starts a process, correlates a message, modifies an instance or reassigns a task around our /api
 * and its rules. A task, case or execution the caller may not read is 404 whatever the sub-path, the same
 * answer as for one that does not exist. Camunda's authorizations still apply to everything that passes.
 */
class EngineApiGuard extends OncePerRequestFilter {

    /** Queries that Tasklist and clients send as POST: they read, they change nothing. */
    private static final Pattern QUERIES = Pattern.compile("(task|task/count|filter/[^/]+/(list|count|singleResult)"
            + "|process-instance(/count)?|execution(/count)?|variable-instance(/count)?"
            + "|history/(process-instance|activity-instance|task|variable-instance|detail|decision-instance|incident"
            + "|identity-link-log|user-operation)(/count)?)");
    /** Engine internals that only administrators look at (jobs include ones of no case at all). */
    private static final Pattern ADMIN_READS = Pattern.compile("(job|job-definition|history/job-log|batch|history/batch"
            + "|metrics|telemetry|schema|history/cleanup|external-task|history/external-task-log|optimize)(/.*)?");
    /** Sub-resources of these are the resource's own: a caller who may not read the resource gets 404. */
    private static final Pattern OWNED = Pattern.compile("(task|process-instance|execution|history/process-instance)/([^/]+)(/.*)?");
    /** Words in an OWNED position that are collections or operations, not ids. */
    private static final Set<String> NOT_IDS = Set.of("count", "create", "delete", "suspended", "variables", "report",
            "job-retries", "delete-historic-query-based", "set-removal-time", "duration", "message-async",
            "correlation", "signal", "suspended-async", "variables-async");

    private final TaskCompletionCheck completions;

    EngineApiGuard(TaskCompletionCheck completions) {
        this.completions = completions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EngineApiCall call = EngineApiCall.of(request);
        if (call == null || call.user() == null || call.isAdmin()) {
            chain.doFilter(request, response); // not logged in: the engine's own filters answer 401
            return;
        }
        ProcessEngine engine = EngineUtil.lookupProcessEngine(call.engineName());
        EngineApiAnswers answers = new EngineApiAnswers(response);
        if (!visible(engine, call)) {
            answers.notFound();
            return;
        }
        if (ADMIN_READS.matcher(call.path()).matches()) {
            answers.adminsOnly();
            return;
        }
        if (call.reads() || (call.method().equals("POST") && QUERIES.matcher(call.path()).matches())) {
            chain.doFilter(request, response);
            return;
        }
        String[] s = call.segments();
        if (s.length == 3 && s[0].equals("task") && call.method().equals("POST")) {
            switch (s[2]) {
                case "complete", "submit-form" -> {
                    CachedBodyRequest cached = new CachedBodyRequest(request);
                    List<String> refused = completions.refused(cached.bytes());
                    if (refused.isEmpty()) {
                        chain.doFilter(cached, response);
                    } else {
                        answers.badRequest(String.join("; ", refused));
                    }
                    return;
                }
                case "claim" -> {
                    CachedBodyRequest cached = new CachedBodyRequest(request);
                    if (completions.claimsForSelf(call, cached.bytes())) {
                        chain.doFilter(cached, response);
                    } else {
                        answers.forbidden();
                    }
                    return;
                }
                case "unclaim" -> {
                    if (completions.isQueueTask(engine, call, s[1])) {
                        chain.doFilter(request, response);
                    } else {
                        answers.forbidden();
                    }
                    return;
                }
                default -> { }
            }
        }
        if (s.length == 3 && s[0].equals("user") && s[1].equals(call.user()) && call.method().equals("PUT")
                && s[2].equals("credentials")) {
            chain.doFilter(request, response); // one's own password (the profile holds the address emails go to)
            return;
        }
        answers.forbidden();
    }

    /** False when the path names a task, case or execution the caller may not read (or that does not exist). */
    private static boolean visible(ProcessEngine engine, EngineApiCall call) {
        var owned = OWNED.matcher(call.path());
        if (!owned.matches() || NOT_IDS.contains(owned.group(2))) {
            return true;
        }
        String id = owned.group(2);
        return AsCaller.query(engine, call, () -> switch (owned.group(1)) {
            case "task" -> engine.getTaskService().createTaskQuery().taskId(id).count();
            case "process-instance" -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count();
            case "execution" -> engine.getRuntimeService().createExecutionQuery().executionId(id).count();
            default -> engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).count();
        }) > 0;
    }
}
