package id.kompeten.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.system.DatabaseUnavailable;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * /engine-rest answers a failure of the database being gone (stopped, restarting) with 503 and Retry-After in
 * Camunda's error shape, where Camunda's mappers answer 500; anything else goes on to Camunda's mappers as before.
 * One for each type Camunda maps (the engine's exceptions, and the rest: a transaction that got no connection is
 * Spring's), ahead of Camunda's by priority.
 */
final class DatabaseUnavailableMapper {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableMapper.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private DatabaseUnavailableMapper() {}

    static Response unavailable(Throwable e, jakarta.servlet.ServletContext servlets) {
        log.warn("database unavailable: an /engine-rest request answered 503 ({})", e.getMessage());
        // Jersey makes the mappers, not Spring: the application's messages through its context
        WebApplicationContext spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servlets);
        String body;
        try {
            body = JSON.writeValueAsString(Map.of("type", "DatabaseUnavailable",
                    "message", DatabaseUnavailable.text(spring)));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS)).entity(body).build();
    }

    @Provider
    @Priority(1)
    public static class Engine implements ExceptionMapper<ProcessEngineException> {
        @Context
        jakarta.servlet.ServletContext servlets;

        @Override
        public Response toResponse(ProcessEngineException e) {
            return DatabaseUnavailable.in(e) ? unavailable(e, servlets) : new ProcessEngineExceptionHandler().toResponse(e);
        }
    }

    @Provider
    @Priority(1)
    public static class Any implements ExceptionMapper<Throwable> {
        @Context
        jakarta.servlet.ServletContext servlets;

        @Override
        public Response toResponse(Throwable e) {
            return DatabaseUnavailable.in(e) ? unavailable(e, servlets) : new ExceptionHandler().toResponse(e);
        }
    }
}
