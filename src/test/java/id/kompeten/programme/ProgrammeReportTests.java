package id.kompeten.programme;

import static id.kompeten.process.CaseProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kompeten.cases.CaseDriver;
import id.kompeten.security.HttpCalls;
import id.kompeten.demo.DemoData;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** A programme of andi and dewi with two goals; andi's case is walked to its end, dewi's is just open. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProgrammeReportTests {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;

    Map<String, Object> programme(String code, List<Map<String, Object>> goals, List<String> participants) {
        int year = Year.now().getValue();
        return Map.of("code", code, "name", "Pelatihan SPBE " + year, "agency", DemoData.AGENCY, "year", year,
                "budgetCode", "PK-" + year, "goals", goals, "participants", participants);
    }

    @Test
    void theReportChecksTheGoalsAgainstTheFiguresOfTheProgrammesCases() throws Exception {
        CaseDriver driver = new CaseDriver(engine, jdbc);
        driver.reset();
        HttpCalls api = new HttpCalls(port);
        List<Map<String, Object>> goals = List.of(
                Map.of("figure", "gainMean", "atLeast", 0.3, "description", "Rata-rata peningkatan hasil belajar minimal 0,3"),
                Map.of("figure", "responseRate", "atLeast", 0.9, "description", "Survei kembali minimal 90%"));
        HttpCalls.Reply created = api.as("siti", "POST", "/api/programmes",
                programme("SPBE-" + Year.now().getValue(), goals, List.of(DemoData.ANDI_NIP, DemoData.DEWI_NIP)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String andis = created.body().get("caseNumbers").get(0).asText();

        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(andis).singleResult();
        driver.surveyAndiNeedingSpbe(instance);
        driver.trainAndi(instance, 4);
        driver.interviewAndi(instance, 5);

        HttpCalls.Reply reply = api.as("siti", "GET", "/api/programmes/SPBE-" + Year.now().getValue() + "/report", null);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode report = reply.body();
        assertThat(report.get("figures").get("cases").asInt()).isEqualTo(2);
        // g = (70 - 40) / (100 - 40) = 0.5 >= 0.3: reached; one survey asked, one returned: 1.0 >= 0.9: reached
        JsonNode goal = report.get("goals").get(0);
        assertThat(goal.get("value").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(goal.get("reached").asBoolean()).isTrue();
        assertThat(report.get("goals").get(1).get("reached").asBoolean()).isTrue();
        assertThat(report.get("conclusion").get("id").asText())
                .isEqualTo("Program mencapai seluruh 2 tujuannya (2 kasus, 1 selesai).");
        assertThat(report.get("figures").get("gainMean").get("cases").get(0).asText()).isEqualTo(andis);

        HttpCalls.Reply csv = api.as("siti", "GET", "/api/programmes/SPBE-" + Year.now().getValue() + "/cases.csv?format=data", null);
        assertThat(csv.status()).isEqualTo(200);
        String[] rows = csv.text().split("\n");
        assertThat(rows).hasSize(3);
        assertThat(rows[0]).startsWith("caseNumber,outcome,closed,rounds,reactionIndex");
        // andi: reaction (4 - 1) / 4 x 100 = 75, g 0.5, transfer 100, 1 targeted and mastered, 900 minutes = 20 JP
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith(andis + ",COMPLETED,true,1,75,75,0.5,100,1,0,1,0,1,1,20,"));

        assertThat(api.as("andi", "GET", "/api/programmes/SPBE-" + Year.now().getValue() + "/report", null).status())
                .isEqualTo(403);
        assertThat(api.as("siti", "GET", "/api/programmes/TIDAK-ADA/report", null).status()).isEqualTo(404);
    }

    @Test
    void badProgrammesAreRefusedNamingTheField() throws Exception {
        new CaseDriver(engine, jdbc).reset();
        HttpCalls api = new HttpCalls(port);
        Map<String, Object> goal = Map.of("figure", "gainMean", "atLeast", 0.3, "description", "Gain");
        assertThat(api.as("siti", "POST", "/api/programmes", programme("x", List.of(goal), List.of(DemoData.ANDI_NIP)))
                .text()).contains("code");
        HttpCalls.Reply unknownFigure = api.as("siti", "POST", "/api/programmes", programme("SPBE-X",
                List.of(Map.of("figure", "kebahagiaan", "atLeast", 1, "description", "?")), List.of(DemoData.ANDI_NIP)));
        assertThat(unknownFigure.status()).isEqualTo(400);
        assertThat(unknownFigure.text()).contains("goals[0].figure");
        Map<String, Object> unknownCompetency = new java.util.HashMap<>(programme("SPBE-X", List.of(goal),
                List.of(DemoData.ANDI_NIP)));
        unknownCompetency.put("competencies", List.of("T-XYZ"));
        HttpCalls.Reply badCompetency = api.as("siti", "POST", "/api/programmes", unknownCompetency);
        assertThat(badCompetency.status()).isEqualTo(400);
        assertThat(badCompetency.text()).contains("competencies[0]");
        HttpCalls.Reply unknownPerson = api.as("siti", "POST", "/api/programmes", programme("SPBE-X", List.of(goal),
                List.of(DemoData.ANDI_NIP, "198001012005011999")));
        assertThat(unknownPerson.status()).isEqualTo(400);
        assertThat(unknownPerson.text()).contains("participants[1]");
        assertThat(api.as("andi", "POST", "/api/programmes", programme("SPBE-X", List.of(goal), List.of(DemoData.ANDI_NIP)))
                .status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from programme", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from competency_case", Integer.class)).isZero();
    }
}
