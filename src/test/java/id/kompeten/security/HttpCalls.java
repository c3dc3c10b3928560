package id.kompeten.security;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** HTTP calls against the running application, as a user (HTTP Basic) or as a browser session (cookies). */
public class HttpCalls {

    public record Reply(int status, JsonNode body, String text, HttpResponse<String> raw) {}

    private final int port;
    private final HttpClient http;
    private final CookieManager cookies;
    private final ObjectMapper json = new ObjectMapper();

    public HttpCalls(int port) {
        this(port, null);
    }

    private HttpCalls(int port, CookieManager cookies) {
        this.port = port;
        this.cookies = cookies;
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
        this.http = (cookies == null ? builder : builder.cookieHandler(cookies)).build();
    }

    /** A browser: keeps its cookies (session, XSRF-TOKEN) between calls. */
    public static HttpCalls browser(int port) {
        return new HttpCalls(port, new CookieManager());
    }

    /** The browser's current value of a cookie. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).reduce((first, last) -> last).orElse(null);
    }

    public Reply call(String user, String password, String method, String path, Object body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : json.writeValueAsString(body));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, publisher);
        if (!headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return reply(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private Reply reply(HttpResponse<String> response) {
        JsonNode parsed = null;
        try {
            parsed = response.body().isBlank() ? null : json.readTree(response.body());
        } catch (IOException notJson) {
            // an HTML page or plain text
        }
        return new Reply(response.statusCode(), parsed, response.body(), response);
    }

    /** Sends the body's bytes as they are (another encoding, say), as a demo user. */
    public Reply bytes(String user, String method, String path, byte[] body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                        .getBytes(StandardCharsets.UTF_8))).build();
        return reply(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** A multipart form as a demo user: its text fields, then (if not null) one file under {@code fileField}. */
    public Reply multipart(String user, String path, Map<String, String> fields, String fileField, String fileName,
                           byte[] file) throws IOException, InterruptedException {
        String boundary = "kompeten-" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (file != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return bytes(user, "POST", path, body.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    /** As a demo user (password "demo"). */
    public Reply as(String user, String method, String path, Object body) throws IOException, InterruptedException {
        return call(user, "demo", method, path, body, Map.of());
    }

    /** A form's rows (a JSON list variable of the task) as its user's Tasklist reads them. */
    public java.util.List<Map<String, Object>> formRows(String user, String taskId, String variable)
            throws IOException, InterruptedException {
        Reply variables = as(user, "GET", "/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false", null);
        if (variables.status() != 200) {
            throw new AssertionError("form variables of " + taskId + " as " + user + ": " + variables.text());
        }
        return json.readValue(variables.body().get(variable).get("value").asText(), new TypeReference<>() {});
    }

    /** Submits a task's form as the user, as Tasklist sends it: a list (a form's rows) as JSON, other values plain. */
    public Reply submitForm(String user, String taskId, Map<String, Object> answers)
            throws IOException, InterruptedException {
        Map<String, Object> typed = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Object> answer : answers.entrySet()) {
            typed.put(answer.getKey(), answer.getValue() instanceof java.util.List<?> rows
                    ? Map.of("type", "Json", "value", json.writeValueAsString(rows)) : Map.of("value", answer.getValue()));
        }
        return as(user, "POST", "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", typed));
    }
}
