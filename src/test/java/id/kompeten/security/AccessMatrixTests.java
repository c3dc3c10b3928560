package id.kompeten.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.process.CaseProcess;
import id.kompeten.security.HttpCalls.Reply;
import id.kompeten.demo.DemoData;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The README's table "The whole surface, role by role", row by row and role by role, over HTTP with the
 * production rules on; and every path of ours and every resource group of /engine-rest has a row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessMatrixTests {

    static final List<String> ROLES = List.of("andi", "dewi", "budi", "rina", "siti", "tono", "admin", "nobody");
    static final String NOT_TRIED = "–";
    static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");

    record Row(String method, String path, String body, List<String> expected) {}

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    HttpCalls api;
    Map<String, String> values = new LinkedHashMap<>();

    static List<Row> table() throws IOException {
        String readme = Files.readString(Paths.get("README.md"));
        String table = readme.substring(readme.indexOf("<!-- access-matrix:start -->"),
                readme.indexOf("<!-- access-matrix:end -->"));
        List<Row> rows = new ArrayList<>();
        for (String line : table.lines().toList()) {
            if (!line.startsWith("| ") || line.startsWith("| method") ) {
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1))
                    .map(String::strip).toList();
            assertThat(cells).as(line).hasSize(3 + ROLES.size());
            rows.add(new Row(cells.get(0), cells.get(1), cells.get(2), cells.subList(3, cells.size())));
        }
        return rows;
    }

    @BeforeEach
    void setUp() throws Exception {
        api = new HttpCalls(port);
        CaseDriver driver = new CaseDriver(engine, jdbc);
        driver.reset();
        TestUsers.ensureAll(engine);
        int year = Year.now().getValue();
        Reply opened = api.as("siti", "POST", "/api/cases", Map.of("employeeNip", DemoData.ANDI_NIP, "cycleYear", year));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        String caseNumber = opened.body().get("caseNumber").asText();
        ProcessInstance andis = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).singleResult();
        driver.settle(andis);
        String agency = jdbc.queryForObject("select agency from employee where nip = ?", String.class, DemoData.ANDI_NIP);
        Reply programme = api.as("siti", "POST", "/api/programmes", Map.of("code", "MATRIKS-" + year, "name", "Uji matriks",
                "year", year, "budgetCode", "PK-" + year, "agency", agency,
                "evaluationDate", LocalDate.now().plusDays(30).toString(), "participants", List.of(DemoData.DEWI_NIP)));
        assertThat(programme.status()).as(programme.text()).isEqualTo(201);

        String yesterday = LocalDate.now().minusDays(1).toString();
        Reply claimed = api.multipart("andi", "/api/learning-claims", Map.of("employeeNip", DemoData.ANDI_NIP,
                "kind", "WORKSHOP", "title", "Lokakarya uji matriks", "organiser", "Kominfo", "startsOn", yesterday,
                "endsOn", yesterday, "minutes", "240"), "certificate", "sertifikat.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(claimed.status()).as(claimed.text()).isEqualTo(201);

        Reply activity = api.as("siti", "POST", "/api/activities", Map.of("employeeNip", DemoData.ANDI_NIP,
                "kind", "COACHING", "title", "Coaching uji matriks"));
        assertThat(activity.status()).as(activity.text()).isEqualTo(201);
        values.put("{activity}", activity.body().get("activityNumber").asText());

        var survey = driver.task(andis, CaseProcess.TASK_FILL_NEEDS_SURVEY);
        values.put("{claim}", claimed.body().get("claimNumber").asText());
        values.put("{case}", caseNumber);
        values.put("{nip}", DemoData.ANDI_NIP);
        values.put("{task}", survey.getId());
        values.put("{taskKey}", CaseProcess.TASK_FILL_NEEDS_SURVEY);
        values.put("{supTask}", driver.task(andis, CaseProcess.TASK_ASSESS_COMPETENCIES).getId());
        values.put("{pi}", andis.getId());
        values.put("{exec}", survey.getExecutionId());
        values.put("{filter}", engine.getFilterService().createFilterQuery().filterName("Tugas saya").singleResult().getId());
        values.put("{programme}", "MATRIKS-" + year);
        values.put("{session}", String.valueOf(jdbc.queryForObject("select min(id) from training_session", Long.class)));
        values.put("{year}", String.valueOf(year));
        values.put("{agency}", URLEncoder.encode(agency, StandardCharsets.UTF_8));
    }

    String fill(String text) {
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace(value.getKey(), value.getValue());
        }
        assertThat(PLACEHOLDER.matcher(text).find()).as("unknown placeholder in " + text).isFalse();
        return text;
    }

    @Test
    void everyRoleGetsWhatTheReadmeSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : table()) {
            String path = fill(row.path());
            String body = row.body().isEmpty() ? null : fill(row.body());
            for (int i = 0; i < ROLES.size(); i++) {
                String expected = row.expected().get(i);
                if (expected.equals(NOT_TRIED)) {
                    continue;
                }
                String role = ROLES.get(i);
                Reply reply = role.equals("nobody") ? api.call(null, null, row.method(), path, body, Map.of())
                        : api.as(role, row.method(), path, body);
                if (!String.valueOf(reply.status()).equals(expected)) {
                    wrong.add("%s %s as %s: %s, README says %s (%s)".formatted(row.method(), row.path(), role,
                            reply.status(), expected, reply.text().substring(0, Math.min(160, reply.text().length()))));
                }
            }
        }
        assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
    }

    @Test
    void everyPathOfOursHasARow() throws Exception {
        Set<String> rows = new TreeSet<>();
        for (Row row : table()) {
            rows.add(row.method() + " " + shape(row.path()));
        }
        Set<String> missing = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("id.kompeten")) {
                return;
            }
            Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                for (String method : methods) {
                    if (!rows.contains(method + " " + shape(pattern))) {
                        missing.add(method + " " + pattern);
                    }
                }
            }
        });
        assertThat(missing).as("paths without a row in the README's access table").isEmpty();
    }

    @Test
    void everyResourceGroupOfTheEngineApiHasARow() throws Exception {
        List<String> paths = table().stream().map(Row::path).toList();
        Set<String> missing = new TreeSet<>();
        for (var method : DefaultProcessEngineRestServiceImpl.class.getMethods()) {
            Path group = method.getAnnotation(Path.class);
            if (group == null) {
                continue;
            }
            String prefix = "/engine-rest" + group.value();
            if (paths.stream().noneMatch(p -> p.equals(prefix) || p.startsWith(prefix + "/") || p.startsWith(prefix + "?"))) {
                missing.add(group.value());
            }
        }
        assertThat(missing).as("resource groups of /engine-rest without a row in the README's access table").isEmpty();
    }

    /** A path with its variables and query left out: /api/cases/{caseNumber}?x=1 -> /api/cases/{}. */
    static String shape(String path) {
        int query = path.indexOf('?');
        return (query < 0 ? path : path.substring(0, query)).replaceAll("\\{[^}]+}", "{}");
    }
}
