package id.kompeten.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockServletContext;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.StaticWebApplicationContext;

/** /engine-rest's answer to the database being gone: 503, Retry-After, Camunda's error shape; the rest as Camunda's. */
class DatabaseUnavailableMapperTests {

    MockServletContext servlets;

    @BeforeEach
    void application() {
        servlets = new MockServletContext();
        StaticWebApplicationContext spring = new StaticWebApplicationContext();
        spring.setServletContext(servlets);
        spring.registerSingleton("messageSource", ResourceBundleMessageSource.class, new MutablePropertyValues()
                .add("basename", "messages").add("defaultEncoding", "UTF-8").add("fallbackToSystemLocale", false));
        spring.refresh();
        servlets.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, spring);
    }

    @Test
    void theEnginesQueryOnAClosedConnectionIs503WithRetryAfter() {
        DatabaseUnavailableMapper.Engine mapper = new DatabaseUnavailableMapper.Engine();
        mapper.servlets = servlets;
        Response answer = mapper.toResponse(new ProcessEngineException("ENGINE-03004 Exception while executing"
                + " Database Operation", new PersistenceException(new SQLException("This connection has been closed.", "08003"))));

        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeaderString("Retry-After")).isEqualTo("10");
        assertThat(answer.getEntity().toString()).contains("\"type\":\"DatabaseUnavailable\"")
                .contains("basis data sedang tidak tersedia").contains(" / the database is not available");
    }

    @Test
    void aTransactionWithoutAConnectionIs503Too() {
        DatabaseUnavailableMapper.Any mapper = new DatabaseUnavailableMapper.Any();
        mapper.servlets = servlets;
        Response answer = mapper.toResponse(new CannotCreateTransactionException("Could not open JDBC Connection",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection")));
        assertThat(answer.getStatus()).isEqualTo(503);
    }

    @Test
    void everythingElseIsCamundasAnswerAsBefore() {
        DatabaseUnavailableMapper.Engine engine = new DatabaseUnavailableMapper.Engine();
        engine.servlets = servlets;
        assertThat(engine.toResponse(new ProcessEngineException("ENGINE-13005 Cannot find task")).getStatus()).isEqualTo(500);
        DatabaseUnavailableMapper.Any any = new DatabaseUnavailableMapper.Any();
        any.servlets = servlets;
        assertThat(any.toResponse(new IllegalStateException("a bug")).getStatus()).isEqualTo(500);
    }
}
