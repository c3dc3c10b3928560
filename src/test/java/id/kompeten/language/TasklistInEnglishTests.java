package id.kompeten.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.security.HttpCalls;
import id.kompeten.security.HttpCalls.Reply;
import id.kompeten.demo.DemoData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A reader who chose English in Tasklist (?lang=en, kept as the kompeten-lang cookie by config.js) reads its
 * filters, task names, process name and forms in English, through Tasklist's own API as the logged-in user;
 * the Indonesian reader and /engine-rest get what the engine stores, and the variables stay as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistInEnglishTests {

    static final String API = "/camunda/api/engine/engine/default/";
    static final String EN = "kompeten-lang=en";

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    CaseDriver driver;
    HttpCalls browser;

    @BeforeEach
    void setUp() throws Exception {
        driver = new CaseDriver(engine, jdbc);
        driver.reset();
        browser = HttpCalls.browser(port);
        browser.call(null, null, "GET", "/camunda/app/tasklist/default/", null, Map.of());
        Reply login = browser.call(null, null, "POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                "username=andi&password=demo", Map.of("Content-Type", "application/x-www-form-urlencoded",
                        "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")));
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        browser.call(null, null, "GET", "/camunda/api/admin/auth/user/default", null, Map.of());
    }

    Reply get(String path, String cookie) throws Exception {
        Reply reply = browser.call(null, null, "GET", API + path, null,
                cookie == null ? Map.of("Accept", "application/json") : Map.of("Accept", "application/json", "Cookie", cookie));
        assertThat(reply.status()).as(path + ": " + reply.text()).isEqualTo(200);
        return reply;
    }

    Reply list(String filterId, String cookie) throws Exception {
        Map<String, String> headers = new java.util.HashMap<>(Map.of("Accept", "application/hal+json",
                "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")));
        if (cookie != null) {
            headers.put("Cookie", cookie);
        }
        Reply reply = browser.call(null, null, "POST", API + "filter/" + filterId + "/list?firstResult=0&maxResults=15",
                Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))), headers);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply;
    }

    static List<String> texts(JsonNode nodes, String field) {
        List<String> found = new ArrayList<>();
        nodes.forEach(node -> found.add(node.path(field).asText()));
        return found;
    }

    @Test
    void anEnglishReaderReadsFiltersTasksProcessAndFormInEnglish() throws Exception {
        ProcessInstance instance = driver.open(cases, DemoData.ANDI_NIP);
        String caseNumber = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_FillNeedsSurvey").singleResult();
        assertThat(task.getName()).isEqualTo("Isi survei kebutuhan pelatihan — Andi Pratama · " + caseNumber);

        JsonNode filters = get("filter?resourceType=Task&itemCount=true&firstResult=0&maxResults=2000", EN).body();
        assertThat(texts(filters, "name")).containsExactly("My tasks");
        assertThat(filters.at("/0/properties/description").asText()).isEqualTo("Tasks assigned to me");
        assertThat(texts(filters.at("/0/properties/variables"), "label")).containsExactly("Case number", "Employee");
        assertThat(texts(get("filter?resourceType=Task&itemCount=true&firstResult=0&maxResults=2000", null).body(), "name")).containsExactly("Tugas saya");

        String myTasks = filters.at("/0/id").asText();
        JsonNode english = list(myTasks, EN).body();
        assertThat(texts(english.at("/_embedded/task"), "name"))
                .containsExactly("Fill in the training needs survey — Andi Pratama · " + caseNumber);
        assertThat(texts(english.at("/_embedded/processDefinition"), "name"))
                .containsExactly("Civil Servant Competency Development");
        JsonNode indonesian = list(myTasks, null).body();
        assertThat(texts(indonesian.at("/_embedded/task"), "name")).containsExactly(task.getName());
        assertThat(texts(indonesian.at("/_embedded/processDefinition"), "name")).containsExactly("Pengembangan Kompetensi ASN");

        // the task's header, and the form
        assertThat(get("task/" + task.getId(), EN).body().path("name").asText())
                .startsWith("Fill in the training needs survey — Andi Pratama");
        assertThat(get("process-definition/" + task.getProcessDefinitionId(), EN).body().path("name").asText())
                .isEqualTo("Civil Servant Competency Development");
        JsonNode form = get("task/" + task.getId() + "/deployed-form", EN).body();
        assertThat(form.at("/components/1/label").asText()).isEqualTo("Employee");
        assertThat(form.at("/components/1/key").asText()).isEqualTo("employeeName");
        assertThat(form.toString()).contains("Self-assessment per competency", "1 — Basic: aware of it")
                .doesNotContain("Penilaian diri", "Level saya");
        assertThat(get("task/" + task.getId() + "/deployed-form", null).body().at("/components/1/label").asText())
                .isEqualTo("Pegawai");
        // what the form shows and sends back is the engine's, untouched
        assertThat(get("task/" + task.getId() + "/form-variables", EN).body())
                .isEqualTo(get("task/" + task.getId() + "/form-variables", null).body());
        // API clients get what the engine stores, whatever cookie they send
        Reply rest = new HttpCalls(port).call("andi", "demo", "GET", "/engine-rest/task/" + task.getId(), null,
                Map.of("Cookie", EN));
        assertThat(rest.body().path("name").asText()).isEqualTo(task.getName());
    }

    /** A task's candidate group as Tasklist shows it (HAL identity links embed the group). */
    @Test
    void aGroupIsNamedInEnglishAndAnythingElseLikeItIsLeftAlone() throws Exception {
        JsonNode answer = new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"_embedded": {"group": [{"id": "hr-staff", "name": "Staf BKPSDM", "type": "WORKFLOW"},
                  {"id": "other", "name": "Kelompok lain", "type": "WORKFLOW"}],
                  "identityLink": [{"id": "x", "name": "Staf BKPSDM", "type": "candidate", "groupId": "hr-staff"}]}}
                """);
        new TasklistInEnglish(new ModelTexts(), engine.getRepositoryService()).translate(answer, false);
        assertThat(answer.at("/_embedded/group/0/name").asText()).isEqualTo("BKPSDM staff");
        assertThat(answer.at("/_embedded/group/1/name").asText()).isEqualTo("Kelompok lain");
        assertThat(answer.at("/_embedded/identityLink/0/name").asText()).isEqualTo("Staf BKPSDM");
    }

    @Test
    void theReportPagesFollowTheReadersChoiceUnlessAskedOtherwise() throws Exception {
        driver.open(cases, DemoData.ANDI_NIP);
        HttpCalls hr = new HttpCalls(port);
        String page = "/laporan/instansi?nama=" + java.net.URLEncoder.encode(DemoData.AGENCY, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(hr.call("siti", "demo", "GET", page, null, Map.of("Cookie", EN)).text())
                .contains("Competency Development Evaluation Report");
        assertThat(hr.call("siti", "demo", "GET", page + "&lang=id", null, Map.of("Cookie", EN)).text())
                .doesNotContain("Competency Development Evaluation Report");
        assertThat(hr.call("siti", "demo", "GET", page, null, Map.of()).text())
                .doesNotContain("Competency Development Evaluation Report");
    }
}
