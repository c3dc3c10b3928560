package id.kompeten.report;

import static id.kompeten.process.CaseProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.security.HttpCalls;
import id.kompeten.demo.DemoData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The agency's figures over HTTP, from real cases: andi trained (pre/post 40/70, every survey item 3, applied
 * on the job at 5), dewi's case just opened.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AgencyReportTests {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;

    @Test
    void figuresAndFindingsComeFromTheCasesAndNameThem() throws Exception {
        CaseDriver driver = new CaseDriver(engine, jdbc);
        driver.reset();
        int year = Year.now().getValue();
        String andis = cases.open(DemoData.ANDI_NIP, year, "siti").getCaseNumber();
        String dewis = cases.open(DemoData.DEWI_NIP, year, "siti").getCaseNumber();
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(andis).singleResult();
        driver.surveyAndiNeedingSpbe(instance);
        driver.trainAndi(instance, 3);
        driver.interviewAndi(instance, 5);

        HttpCalls api = new HttpCalls(port);
        String path = "/api/reports/agencies?year=" + year + "&agency=" + URLEncoder.encode(DemoData.AGENCY, StandardCharsets.UTF_8);
        HttpCalls.Reply reply = api.as("siti", "GET", path, null);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode f = reply.body().get("figures");
        assertThat(f.get("cases").asInt()).isEqualTo(2);
        // g = (70 - 40) / (100 - 40) = 0.5; reaction and relevance (3 - 1) / 4 x 100 = 50; transfer (5 - 1) / 4 x 100 = 100
        assertThat(f.get("gainMean").get("value").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(f.get("gainMean").get("cases").get(0).asText()).isEqualTo(andis);
        assertThat(f.get("reactionMean").get("value").decimalValue()).isEqualByComparingTo("50");
        assertThat(f.get("relevanceMean").get("value").decimalValue()).isEqualByComparingTo("50");
        assertThat(f.get("transferMean").get("value").decimalValue()).isEqualByComparingTo("100");
        assertThat(f.get("masteredShare").get("value").decimalValue()).isEqualByComparingTo("1");
        assertThat(f.get("attendanceRate").get("value").decimalValue()).isEqualByComparingTo("1");
        assertThat(f.get("responseRate").get("value").decimalValue()).isEqualByComparingTo("1");
        assertThat(f.get("jpCredited").get("value").decimalValue()).isEqualByComparingTo("20");
        BigDecimal cost = jdbc.queryForObject("select cost from enrollment where case_number = ?", BigDecimal.class, andis);
        BigDecimal allocated = jdbc.queryForObject("select sum(allocated) from programme_budget where agency = ? and budget_year = ?",
                BigDecimal.class, DemoData.AGENCY, year);
        assertThat(f.get("costPerJp").get("value").decimalValue())
                .isEqualByComparingTo(cost.divide(new BigDecimal("20"), 2, RoundingMode.HALF_UP));
        assertThat(f.get("budgetAllocated").decimalValue()).isEqualByComparingTo(allocated);

        // relevance 50 is below 70: the one challenge, named after its figure, with its recommendation
        JsonNode findings = reply.body().get("findings");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).get("code").asText()).isEqualTo("LOW_RELEVANCE");
        assertThat(findings.get(0).get("figure").asText()).isEqualTo("relevanceMean");
        assertThat(findings.get(0).get("challenge").get("id").asText())
                .isEqualTo("Relevansi pelatihan menurut peserta 50 dari 100, di bawah 70.");
        assertThat(findings.get(0).get("challenge").get("en").asText()).contains("relevance 50 of 100");
        assertThat(findings.get(0).get("cases").get(0).asText()).isEqualTo(andis);

        assertThat(api.as("andi", "GET", path, null).status()).isEqualTo(403);
        assertThat(api.as("budi", "GET", path, null).status()).isEqualTo(403);
        assertThat(dewis).isNotEqualTo(andis);
    }
}
