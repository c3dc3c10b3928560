package id.kompeten.agencyplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.demo.DemoData;
import id.kompeten.process.ActivityProcess;
import id.kompeten.process.AgencyPlanProcess;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.ClaimProcess;
import id.kompeten.process.ProgrammeProcess;
import id.kompeten.security.HttpCalls;
import id.kompeten.security.HttpCalls.Reply;
import id.kompeten.security.TestUsers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The agency's annual plan as its people make it, over HTTP with authorizations on: siti (HR) starts the year's
 * plan, prepares it in Tasklist from the needs analysis (andi needs T-LPE), budi (the head of the agency) returns
 * it with a note, reminded while it waits, then sets it; every path of AgencyPlanProcess, its coverage asserted.
 * Then two activities are held (andi's T-LPE course, in the plan; dewi's seminar, outside it) and the plan page
 * shows its realisation, each figure counted by hand. Bad input is refused naming the field and changes nothing;
 * nobody but each step's owner writes it, through /engine-rest's generic endpoints either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, AgencyPlanProcessTests.Coverage.class})
class AgencyPlanProcessTests {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary // the library has its own default; without this it silently uses that and asserts nothing
        ProcessEngineCoverageProperties coverageProperties() {
            return ProcessEngineCoverageProperties.Companion.builder()
                    .excludeProcessDefinitionKeys(CaseProcess.PROCESS_ID, ProgrammeProcess.PROCESS_ID,
                            ClaimProcess.PROCESS_ID, "JpReminderProcess", ActivityProcess.GUIDED_PROCESS_ID,
                            ActivityProcess.EVENT_PROCESS_ID, ActivityProcess.SELF_PACED_PROCESS_ID,
                            ActivityProcess.PLACEMENT_PROCESS_ID, ActivityProcess.STUDY_PROCESS_ID)
                    .assertClassCoverageAtLeast(0.9)
                    .build();
        }
    }

    static final int YEAR = Year.now(ZoneId.of("Asia/Jakarta")).getValue();
    static final String AGENCY = URLEncoder.encode(DemoData.AGENCY, StandardCharsets.UTF_8);
    static final String PAGE = "/laporan/rencana?instansi=" + AGENCY + "&tahun=" + YEAR;

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    CaseDriver driver;
    HttpCalls api;

    @BeforeEach
    void reset() {
        driver = new CaseDriver(engine, jdbc);
        driver.reset();
        TestUsers.ensureAll(engine);
        jdbc.update("delete from agency_plan_line");
        jdbc.update("delete from agency_plan");
        api = new HttpCalls(port);
    }

    static String day(int daysAgo) {
        return LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(daysAgo).toString();
    }

    ProcessInstance plan() {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AgencyPlanProcess.PROCESS_ID).singleResult();
    }

    Task task(ProcessInstance instance) {
        CaseDriver.runDue(engine, instance.getId(), false);
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    List<Map<String, Object>> lines(String user, Task task) throws Exception {
        return api.formRows(user, task.getId(), "planLines");
    }

    Reply submit(String user, Task task, Map<String, Object> answers) throws Exception {
        return api.submitForm(user, task.getId(), answers);
    }

    List<String> emails(String kind) {
        return jdbc.queryForList("select recipient from email_message where kind = ? order by id", String.class, kind);
    }

    static Map<String, Object> line(String code, String kind, int participants, int jp, long budget, String organiser) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("competencyCode", code);
        line.put("targetGroup", "Pranata Komputer Ahli Pertama (Sekretariat)");
        line.put("kind", kind);
        line.put("participants", participants);
        line.put("jp", jp);
        line.put("budget", budget);
        line.put("organiser", organiser);
        line.put("startsOn", YEAR + "-01-05");
        line.put("endsOn", YEAR + "-12-20");
        line.put("curriculum", null);
        return line;
    }

    @Test
    void hrPrepareThePlanFromTheNeedsTheHeadReturnsThenSetsItAndThePageShowsItsRealisation() throws Exception {
        ProcessInstance andis = driver.open(cases, DemoData.ANDI_NIP);
        driver.surveyAndiNeedingSpbe(andis); // T-LPE rated 2 where 3 is required: his one need, a course planned

        // siti starts the year's plan; nobody else does, nor a second one
        Map<String, Object> start = Map.of("agency", DemoData.AGENCY, "year", YEAR);
        assertThat(api.as("dewi", "POST", "/api/agency-plans", start).status()).isEqualTo(403);
        assertThat(api.as("tono", "POST", "/api/agency-plans", start).status()).isEqualTo(403);
        Reply started = api.as("siti", "POST", "/api/agency-plans", start);
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        assertThat(started.body().get("head").asText()).isEqualTo("budi");
        Reply again = api.as("siti", "POST", "/api/agency-plans", start);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("errors").has("year")).isTrue();
        ProcessInstance plan = plan();
        String number = started.body().get("planNumber").asText();
        assertThat(plan.getBusinessKey()).isEqualTo(number).startsWith("RPK-" + YEAR + "-");

        // HR's queue task, its lines proposed by the needs analysis: T-LPE for andi, as his plan gives it
        Task prepare = task(plan);
        assertThat(prepare.getTaskDefinitionKey()).isEqualTo(AgencyPlanProcess.TASK_PREPARE_AGENCY_PLAN);
        assertThat(prepare.getName()).isEqualTo("Susun rencana pengembangan kompetensi tahunan — " + DemoData.AGENCY
                + " · " + YEAR + " · " + number);
        // the queue task is offered to all HR staff; HR of another agency do not prepare this agency's plan
        Reply otherAgency = submit("tono", prepare, Map.of("planLines", List.of(line("T-LPE", "PELATIHAN", 2, 20, 0,
                "BPSDM"))));
        assertThat(otherAgency.status()).as(otherAgency.text()).isEqualTo(400);
        assertThat(otherAgency.text()).contains("planLines");
        assertThat(jdbc.queryForObject("select count(*) from agency_plan_line", Integer.class)).isZero();
        assertThat(api.as("siti", "POST", "/engine-rest/task/" + prepare.getId() + "/claim", Map.of("userId", "siti"))
                .status()).isEqualTo(204);
        List<Map<String, Object>> proposed = lines("siti", prepare);
        assertThat(proposed).singleElement().satisfies(l -> assertThat(l).containsEntry("competencyCode", "T-LPE")
                .containsEntry("kind", "PELATIHAN").containsEntry("participants", 1).containsEntry("jp", 20)
                .containsEntry("targetGroup", "Pranata Komputer Ahli Pertama (Sekretariat)"));

        // bad lines are refused naming the field, and nothing is kept
        assertThat(submit("siti", prepare, Map.of("planLines", List.of())).text()).contains("planLines");
        Reply negative = submit("siti", prepare, Map.of("planLines", List.of(line("T-LPE", "PELATIHAN", 2, 20, -1, "BPSDM"))));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.text()).contains("planLines[0].budget");
        Reply unknown = submit("siti", prepare, Map.of("planLines", List.of(line("X-999", "PELATIHAN", 2, 20, 0, "BPSDM"))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("planLines[0].competencyCode");
        Map<String, Object> noOrganiser = line("T-LPE", "PELATIHAN", 2, 20, 0, "BPSDM");
        noOrganiser.remove("organiser");
        assertThat(submit("siti", prepare, Map.of("planLines", List.of(noOrganiser))).text())
                .contains("planLines[0].organiser");
        Map<String, Object> nextYear = line("T-LPE", "PELATIHAN", 2, 20, 0, "BPSDM");
        nextYear.put("endsOn", (YEAR + 1) + "-01-10");
        assertThat(submit("siti", prepare, Map.of("planLines", List.of(nextYear))).text()).contains("planLines[0].endsOn");
        // nor does the head prepare it, nor anyone set its decision through the engine
        assertThat(submit("budi", prepare, Map.of("planLines", List.of(line("T-LPE", "PELATIHAN", 2, 20, 0, "BPSDM"))))
                .status()).isEqualTo(404);
        Reply forged = api.as("siti", "POST", "/engine-rest/process-instance/" + plan.getId() + "/variables",
                Map.of("modifications", Map.of(AgencyPlanProcess.DECISION, Map.of("value", "APPROVED"))));
        assertThat(forged.status()).as(forged.text()).isIn(403, 404);
        assertThat(jdbc.queryForObject("select count(*) from agency_plan_line", Integer.class)).isZero();

        List<Map<String, Object>> prepared = List.of(
                line("T-LPE", "PELATIHAN", 2, 20, 5_000_000, "BPSDM Provinsi Lampung"),
                line("M-KOM", "COACHING", 3, 6, 0, "Atasan langsung"));
        assertThat(submit("siti", prepare, Map.of("planLines", prepared)).status()).isEqualTo(204);

        // the head: emailed, and reminded while it waits; a return needs his note
        Task approve = task(plan);
        assertThat(approve.getTaskDefinitionKey()).isEqualTo(AgencyPlanProcess.TASK_APPROVE_AGENCY_PLAN);
        assertThat(approve.getAssignee()).isEqualTo("budi");
        assertThat(emails("AGENCY_PLAN_APPROVAL_REQUEST")).containsExactly("budi");
        CaseDriver.runDue(engine, plan.getId(), true);
        assertThat(plan).hasPassed("EndEvent_AgencyPlanApprovalReminderSent");
        assertThat(emails("AGENCY_PLAN_APPROVAL_REMINDER")).containsExactly("budi");
        Reply summary = api.as("budi", "GET", "/engine-rest/task/" + approve.getId() + "/form-variables", null);
        assertThat(summary.body().get(AgencyPlanProcess.SUMMARY).get("value").asText())
                .contains("2 kegiatan, anggaran Rp 5.000.000")
                .contains("1. Layanan Publik Elektronik (SPBE) (Pelatihan): Pranata Komputer Ahli Pertama (Sekretariat),"
                        + " BPSDM Provinsi Lampung; 2 peserta × 20 JP");
        assertThat(submit("siti", approve, Map.of(AgencyPlanProcess.DECISION, "APPROVED")).status()).isEqualTo(404);
        Reply noNote = submit("budi", approve, Map.of(AgencyPlanProcess.DECISION, "RETURNED"));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.text()).contains("decisionNote");
        assertThat(submit("budi", approve, Map.of(AgencyPlanProcess.DECISION, "RETURNED", "decisionNote",
                "Anggaran pelatihan SPBE terlalu besar; cukup Rp 4.000.000")).status()).isEqualTo(204);

        // back to HR with the note: their own lines again
        prepare = task(plan);
        assertThat(plan).hasPassed("Event_NotifyAgencyPlanReturned");
        assertThat(prepare.getTaskDefinitionKey()).isEqualTo(AgencyPlanProcess.TASK_PREPARE_AGENCY_PLAN);
        assertThat(emails("AGENCY_PLAN_RETURNED")).containsExactly("siti");
        List<Map<String, Object>> again2 = lines("siti", prepare);
        assertThat(again2).extracting(l -> l.get("competencyCode") + " " + l.get("kind") + " " + l.get("budget"))
                .containsExactly("T-LPE PELATIHAN 5000000", "M-KOM COACHING 0");
        assertThat(api.as("siti", "GET", "/engine-rest/task/" + prepare.getId() + "/form-variables", null).body()
                .get(AgencyPlanProcess.SUMMARY).get("value").asText()).contains("cukup Rp 4.000.000");
        api.as("siti", "POST", "/engine-rest/task/" + prepare.getId() + "/claim", Map.of("userId", "siti"));
        again2.get(0).put("budget", 4_000_000);
        assertThat(submit("siti", prepare, Map.of("planLines", again2)).status()).isEqualTo(204);
        approve = task(plan);
        assertThat(submit("budi", approve, Map.of(AgencyPlanProcess.DECISION, "APPROVED")).status()).isEqualTo(204);
        CaseDriver.runDue(engine, plan.getId(), false);
        assertThat(plan).hasPassed("EndEvent_AgencyPlanApproved").isEnded();
        assertThat(emails("AGENCY_PLAN_APPROVED")).containsExactly("siti");
        Reply read = api.as("budi", "GET", "/api/agency-plans?agency=" + AGENCY + "&year=" + YEAR, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("status").asText()).isEqualTo("APPROVED");
        assertThat(read.body().get("lines")).hasSize(2);
        assertThat(api.as("andi", "GET", "/api/agency-plans?agency=" + AGENCY + "&year=" + YEAR, null).status())
                .isEqualTo(404);

        // two activities held: andi's T-LPE course (in the plan), dewi's seminar (outside it)
        driver.trainAndi(andis, 4);
        driver.interviewAndi(andis, 4); // the case closes and credits his JP
        driver.settle(andis);
        BigDecimal courseCost = jdbc.queryForObject("select cost from enrollment where case_number = ?",
                BigDecimal.class, andis.getBusinessKey());
        seminarForDewi();

        // planned: 2 x 20 + 3 x 6 = 58 JP, Rp 4,000,000; realised in the plan: 1 session, 1 participant, 20 JP
        Reply csv = api.as("siti", "GET", PAGE.replace("rencana?", "rencana.csv?") + "&format=data", null);
        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        assertThat(csv.text().split("\n")).containsExactly(
                "lineNo,competencyCode,competency,targetGroup,kind,organiser,startsOn,endsOn,curriculum,participants,"
                        + "jpPerParticipant,budget,held,participantsRealised,jpRealised,budgetUsed",
                "1,T-LPE,Layanan Publik Elektronik (SPBE),Pranata Komputer Ahli Pertama (Sekretariat),PELATIHAN,"
                        + "BPSDM Provinsi Lampung," + YEAR + "-01-05," + YEAR + "-12-20,,2,20,4000000,1,1,20,"
                        + courseCost.stripTrailingZeros().toPlainString(),
                "2,M-KOM,Komunikasi,Pranata Komputer Ahli Pertama (Sekretariat),COACHING,Atasan langsung,"
                        + YEAR + "-01-05," + YEAR + "-12-20,,3,6,0,0,0,0,0");
        String page = api.as("budi", "GET", PAGE, null).text().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        String share = BigDecimal.valueOf(2000).divide(BigDecimal.valueOf(58), 1, RoundingMode.HALF_UP).toPlainString()
                .replace('.', ',');
        assertThat(page).contains("Rencana " + number + " ditetapkan oleh Budi Santoso")
                .contains("Rencana memuat 2 kegiatan untuk 5 peserta, 58 JP seluruhnya, dengan anggaran Rp 4.000.000.")
                .contains("Sejauh ini terlaksana 1 kegiatan yang direncanakan, diikuti 1 peserta, 20 JP")
                .contains(": " + share + "% dari JP")
                .contains("Di luar rencana: 1 kegiatan, 1 peserta, 3 JP.")
                .contains("Layanan Publik Elektronik (SPBE) — Pelatihan 2 / 1 40 / 20");
        Reply pdf = api.as("siti", "GET", PAGE.replace("rencana?", "rencana/pdf?"), null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.text()).startsWith("%PDF");
        assertThat(api.as("andi", "GET", PAGE, null).status()).isEqualTo(404);
        assertThat(api.as("tono", "GET", PAGE, null).status()).isEqualTo(404);
    }

    /** dewi's seminar: HR register it, record her 135 minutes, she reflects: 3 JP, in no plan line. */
    void seminarForDewi() throws Exception {
        Reply started = api.as("siti", "POST", "/api/activities", Map.of("employeeNip", DemoData.DEWI_NIP,
                "kind", "SEMINAR", "title", "Seminar Nasional Satu Data Indonesia", "organiser", "Badan Pusat Statistik",
                "startsOn", day(3), "endsOn", day(2)));
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        ProcessInstance seminar = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(started.body().get("activityNumber").asText()).singleResult();
        Task attendance = task(seminar);
        api.as("siti", "POST", "/engine-rest/task/" + attendance.getId() + "/claim", Map.of("userId", "siti"));
        assertThat(submit("siti", attendance, Map.of("eventAttended", "true", "attendedMinutes", 135,
                "certificateNumber", "BPS/SEM/117")).status()).isEqualTo(204);
        assertThat(submit("dewi", task(seminar), Map.of("usefulness", 4, "learningRating", 4, "actionPlan",
                "Metadata standar pada dataset sektoral")).status()).isEqualTo(204);
        CaseDriver.runDue(engine, seminar.getId(), false);
        assertThat(seminar).isEnded();
    }

    @Test
    void aPlanIsStartedOnlyForAnAgencyWithItsHeadAndAYearInRange() throws Exception {
        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("agency", new LinkedHashMap<>(Map.of("year", YEAR)));
        bad.put("year", new LinkedHashMap<>(Map.of("agency", DemoData.AGENCY, "year", 1999)));
        bad.put("head", new LinkedHashMap<>(Map.of("agency", DemoData.AGENCY, "year", YEAR, "head", "siti")));
        for (Map.Entry<String, Map<String, Object>> each : bad.entrySet()) {
            Reply refused = api.as("siti", "POST", "/api/agency-plans", each.getValue());
            assertThat(refused.status()).as(each.getKey() + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.body().get("errors").has(each.getKey())).as(refused.text()).isTrue();
        }
        Reply text = api.as("siti", "POST", "/api/agency-plans", Map.of("agency", DemoData.AGENCY, "year", "tahun ini"));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.text()).contains("year");
        assertThat(jdbc.queryForObject("select count(*) from agency_plan", Integer.class)).isZero();
        assertThat(plan()).isNull();
        // no plan yet: the page says so
        assertThat(api.as("siti", "GET", PAGE, null).text())
                .contains("Belum ada rencana pengembangan kompetensi instansi untuk tahun ini.");
    }
}
