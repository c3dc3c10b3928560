package id.kompeten.security;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body /engine-rest cannot read is a 400 in Camunda's error shape that names no parser internals (the
 * JSON library's own mappers answer plain text about its features, or nothing). Ahead of the others for the
 * same exceptions by its priority.
 */
final class UnreadableJsonMapper {

    static final String BODY = "{\"type\":\"InvalidRequestException\",\"message\":\"body: isi permintaan bukan JSON"
            + " yang valid / the request body is not valid JSON\"}";

    private UnreadableJsonMapper() {}

    static Response answer() {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(BODY).build();
    }

    @Provider
    @Priority(1)
    public static class Parse implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException e) {
            return answer();
        }
    }

    @Provider
    @Priority(1)
    public static class Mapping implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException e) {
            return answer();
        }
    }
}
