package id.kompeten.training;

import static id.kompeten.process.CaseProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.security.HttpCalls;
import id.kompeten.demo.DemoData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The JP ledger after andi completes a case with one 900-minute session (900 / 45 = 20 JP, the whole yearly
 * target): his year, his agency's standing (budi and dewi still at 0 of 20), and the SIASN export.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class JpLedgerTests {

    static final String AGENCY = URLEncoder.encode(DemoData.AGENCY, StandardCharsets.UTF_8);

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    HttpCalls api;
    int year;

    @BeforeEach
    void completeAndisCase() {
        api = new HttpCalls(port);
        CaseDriver driver = new CaseDriver(engine, jdbc);
        driver.reset();
        String caseNumber = cases.open(DemoData.ANDI_NIP, Year.now().getValue(), "siti").getCaseNumber();
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).singleResult();
        driver.surveyAndiNeedingSpbe(instance);
        driver.trainAndi(instance, 4);
        driver.interviewAndi(instance, 5);
        // the ledger year is the year the session ended, in WIB
        year = jdbc.queryForObject("select ledger_year from jp_ledger_entry", Integer.class);
    }

    @Test
    void anEmployeesYearShowsEachCreditWithItsCertificateAgainstTheTarget() throws Exception {
        JsonNode andi = api.as("andi", "GET", "/api/jp/employees/" + DemoData.ANDI_NIP + "?year=" + year, null).body();
        assertThat(andi.get("jp").decimalValue()).isEqualByComparingTo("20");
        assertThat(andi.get("target").decimalValue()).isEqualByComparingTo("20");
        assertThat(andi.get("missing").decimalValue()).isEqualByComparingTo("0");
        assertThat(andi.get("credits")).hasSize(1);
        assertThat(andi.get("credits").get(0).get("activity").asText()).isEqualTo("Pelatihan Layanan Publik Berbasis Elektronik");
        assertThat(andi.get("credits").get(0).get("minutes").asInt()).isEqualTo(900);
        assertThat(andi.get("credits").get(0).get("certificateNumber").asText()).matches("KMP-JP-" + year + "-\\d{6}");

        assertThat(api.as("budi", "GET", "/api/jp/employees/" + DemoData.ANDI_NIP + "?year=" + year, null).status())
                .as("his supervisor").isEqualTo(200);
        assertThat(api.as("andi", "GET", "/api/jp/employees/" + DemoData.DEWI_NIP + "?year=" + year, null).status())
                .as("a colleague's ledger").isEqualTo(404);
        assertThat(api.as("andi", "GET", "/api/jp/employees/" + DemoData.ANDI_NIP + "?year=1990", null).text())
                .contains("year");
    }

    @Test
    void anAgencyListsWhoIsBelowTheTargetFurthestFirst() throws Exception {
        JsonNode agency = api.as("siti", "GET", "/api/jp/agencies?agency=" + AGENCY + "&year=" + year, null).body();
        assertThat(agency.get("employees").asInt()).isEqualTo(3);
        assertThat(agency.get("belowTarget").asInt()).isEqualTo(2);
        JsonNode standings = agency.get("standings");
        assertThat(standings.get(2).get("nip").asText()).isEqualTo(DemoData.ANDI_NIP);
        assertThat(standings.get(2).get("belowTarget").asBoolean()).isFalse();
        assertThat(standings.get(0).get("jp").decimalValue()).isEqualByComparingTo("0");
        assertThat(standings.get(0).get("missing").decimalValue()).isEqualByComparingTo("20");
        assertThat(List.of(standings.get(0).get("nip").asText(), standings.get(1).get("nip").asText()))
                .containsExactlyInAnyOrder(DemoData.BUDI_NIP, DemoData.DEWI_NIP);

        assertThat(api.as("andi", "GET", "/api/jp/agencies?agency=" + AGENCY, null).status()).isEqualTo(403);
        assertThat(api.as("budi", "GET", "/api/jp/agencies?agency=" + AGENCY, null).status()).isEqualTo(403);
        assertThat(api.as("siti", "GET", "/api/jp/agencies?agency=Dinas%20Lain", null).status()).isEqualTo(403);
    }

    @Test
    void completedTrainingExportsInSiasnFieldsAsCsvAndJson() throws Exception {
        HttpCalls.Reply csv = api.as("siti", "GET", "/api/jp/siasn?format=csv&agency=" + AGENCY + "&year=" + year, null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.raw().headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String[] lines = csv.text().split("\n");
        assertThat(lines[0]).isEqualTo("nip,nama,namaKursus,institusiPenyelenggara,jenisKursus,jumlahJam,tanggalMulai,"
                + "tanggalSelesai,tahunKursus,nomorSertifikat");
        assertThat(lines).hasSize(2);
        String certificate = jdbc.queryForObject("select certificate_number from jp_ledger_entry", String.class);
        String organiser = jdbc.queryForObject("select organiser from training_course where code = 'SPBE-01'", String.class);
        assertThat(lines[1]).startsWith(DemoData.ANDI_NIP + ",Andi Pratama,Pelatihan Layanan Publik Berbasis Elektronik,"
                + organiser + ",Pelatihan Teknis,20,").endsWith("," + year + "," + certificate);

        JsonNode json = api.as("siti", "GET", "/api/jp/siasn?agency=" + AGENCY + "&year=" + year, null).body();
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("jumlahJam").decimalValue()).isEqualByComparingTo("20");
        assertThat(json.get(0).get("nomorSertifikat").asText()).isEqualTo(certificate);
        assertThat(api.as("siti", "GET", "/api/jp/siasn?format=xls&agency=" + AGENCY, null).status()).isEqualTo(400);
        assertThat(api.as("andi", "GET", "/api/jp/siasn?agency=" + AGENCY, null).status()).isEqualTo(403);
    }

    @Autowired JpReminders reminders;

    @Test
    void inTheThirdQuarterEachSupervisorGetsOneEmailListingTheirStaffBelowTarget() throws Exception {
        // every 1 July at 08:00 (the third quarter begins), by the process's own timer
        org.camunda.bpm.engine.runtime.Job timer = engine.getManagementService().createJobQuery()
                .processDefinitionKey("JpReminderProcess").timers().singleResult();
        java.time.ZonedDateTime due = timer.getDuedate().toInstant().atZone(java.time.ZoneId.systemDefault());
        assertThat(List.of(due.getMonthValue(), due.getDayOfMonth(), due.getHour())).containsExactly(7, 1, 8);

        // andi has his 20 JP; dewi has 0: budi, their supervisor, is reminded of dewi only
        assertThat(reminders.supervisors(year)).containsExactly("budi");
        assertThat(reminders.staffOf("budi", year)).extracting(JpReminders.Behind::nip).containsExactly(DemoData.DEWI_NIP);

        assertThat(api.as("siti", "POST", "/api/jp/reminders?year=" + year, null).status()).isEqualTo(403);
        HttpCalls.Reply started = api.as("admin", "POST", "/api/jp/reminders?year=" + year, null);
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        String instance = started.body().get("processInstanceId").asText();
        // one email per supervisor, each its own asynchronous step (retried, then an incident, like every email)
        List<org.camunda.bpm.engine.runtime.Job> sends = engine.getManagementService().createJobQuery()
                .processInstanceId(instance).list();
        assertThat(sends).hasSize(1);
        sends.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        List<Map<String, Object>> emails = jdbc.queryForList("select recipient, subject, case_number from email_message"
                + " where kind = 'JP_BELOW_TARGET'");
        assertThat(emails).hasSize(1);
        assertThat(emails.get(0).get("RECIPIENT")).isEqualTo("budi");
        assertThat(emails.get(0).get("SUBJECT")).isEqualTo("Staf Anda di bawah target 20 JP tahun " + year);
        assertThat(emails.get(0).get("CASE_NUMBER")).isNull();
    }
}
