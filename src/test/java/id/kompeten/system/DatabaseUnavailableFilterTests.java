package id.kompeten.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The outermost filter answers a request that failed for want of the database with 503 and Retry-After, Indonesian
 * first; any other failure, and one whose answer has already begun, goes on as it was.
 */
class DatabaseUnavailableFilterTests {

    final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void aRequestWhoseSessionCouldNotBeReadIsAnswered503WithRetryAfter() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/camunda/api/admin/auth/user/default"), response,
                (request, answer) -> {
                    throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                            new SQLException("Connection to localhost:5432 refused.", "08001"));
                });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503")
                .contains("basis data sedang tidak tersedia; coba lagi dalam beberapa detik / the database is not"
                        + " available at the moment; try again in a few seconds");
    }

    @Test
    void anUnhandledFailureOfAControllerDeepInAServletExceptionIsToo() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/laporan/instansi"), response, (request, answer) -> {
            throw new ServletException("Request processing failed", new RuntimeException(
                    new SQLException("terminating connection due to administrator command", "57P01")));
        });
        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void anyOtherFailureGoesOnAsItWas() {
        IllegalStateException other = new IllegalStateException("a bug");
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/api/cases"),
                new MockHttpServletResponse(), (request, answer) -> {
                    throw other;
                })).isSameAs(other);
    }

    @Test
    void anAnswerAlreadyBegunIsNotRewritten() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/laporan/program/X/pdf"), response,
                (request, answer) -> {
                    answer.getOutputStream().write(new byte[] {'%', 'P'});
                    answer.flushBuffer();
                    throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
                })).isInstanceOf(CannotGetJdbcConnectionException.class);
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
