package id.kompeten.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** The guard's refusals, in the shape of Camunda's own REST errors ({@code type}, {@code message}). */
final class EngineApiAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServletResponse response;

    EngineApiAnswers(HttpServletResponse response) {
        this.response = response;
    }

    void notFound() throws IOException {
        write(HttpServletResponse.SC_NOT_FOUND, "InvalidRequestException",
                "tidak ada atau bukan untuk Anda / does not exist or is not yours");
    }

    void forbidden() throws IOException {
        write(HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
                "Hanya administrator yang boleh melakukan ini lewat API mesin; gunakan formulir tugas atau /api"
                        + " / Only administrators may do this through the engine API; use the task's form or /api");
    }

    void adminsOnly() throws IOException {
        write(HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
                "Hanya untuk administrator / Administrators only");
    }

    void badRequest(String message) throws IOException {
        write(HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", message);
    }

    private void write(int status, String type, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.writeValueAsString(Map.of("type", type, "message", message)));
    }
}
