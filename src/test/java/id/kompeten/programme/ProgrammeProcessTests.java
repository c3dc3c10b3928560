package id.kompeten.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kompeten.cases.CaseDriver;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.ProgrammeProcess;
import id.kompeten.security.HttpCalls;
import id.kompeten.demo.DemoData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
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
 * The programme as a case of its own: TrainingProgramProcess opens a case per participant (multi-instance call
 * activity), waits for them or for the evaluation date, generates the report, HR review and publish it, and
 * the agency's head gets it by email. Participants and sessions are added to a running programme over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, ProgrammeProcessTests.Coverage.class})
class ProgrammeProcessTests {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary // the library has its own default; without this it silently uses that and asserts nothing
        ProcessEngineCoverageProperties coverageProperties() {
            return ProcessEngineCoverageProperties.Companion.builder()
                    .excludeProcessDefinitionKeys(CaseProcess.PROCESS_ID) // CompetencyDevelopmentProcessTests covers it
                    .assertClassCoverageAtLeast(0.9)
                    .build();
        }
    }

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    CaseDriver driver;
    HttpCalls api;
    final int year = Year.now().getValue();
    final String code = "SPBE-" + year;

    @BeforeEach
    void reset() {
        driver = new CaseDriver(engine, jdbc);
        driver.reset();
        api = new HttpCalls(port);
        scenario = new ProgrammeScenario(engine, driver, api);
    }

    ProgrammeScenario scenario;

    @Test
    void opensACasePerParticipantAndPublishesTheFinalReportWhenEveryCaseHasEnded() throws Exception {
        List<String> numbers = scenario.create(List.of(DemoData.ANDI_NIP, DemoData.DEWI_NIP));
        assertThat(numbers).hasSize(2);
        ProcessInstance programme = scenario.programme();
        assertThat(programme).isWaitingAt(ProgrammeProcess.ACTIVITY_PARTICIPANT_CASES);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(programme.getId())
                .count()).isEqualTo(2);
        // each case knows its process instance, started by the call activity with the case number as business key
        for (String number : numbers) {
            assertThat(jdbc.queryForObject("select process_instance_id from competency_case where case_number = ?",
                    String.class, number)).isEqualTo(scenario.caseOf(number).getId());
        }

        scenario.completeAndisCase(numbers.get(0));
        assertThat(programme).isWaitingAt(ProgrammeProcess.ACTIVITY_PARTICIPANT_CASES);
        scenario.closeDewisCaseWithoutNeed(numbers.get(1));

        // both cases ended: the head of their unit (Sekretariat; budi, to whom both report) is asked about it first
        assertThat(programme).isWaitingAt(ProgrammeProcess.TASK_INTERVIEW_UNIT_HEAD);
        Task asked = engine.getTaskService().createTaskQuery().processInstanceId(programme.getId()).singleResult();
        assertThat(asked.getAssignee()).isEqualTo("budi");
        assertThat(asked.getName()).isEqualTo("Wawancara pimpinan unit tentang program");
        assertThat(jdbc.queryForList("select unit || ' ' || head_username from unit_head_interview where answered_at is null",
                String.class)).containsExactly("Sekretariat budi");
        // asked by email, once, with the unit named
        assertThat(jdbc.queryForList("select recipient || ': ' || subject from email_message"
                + " where kind = 'UNIT_HEAD_INTERVIEW_REQUEST'", String.class)).containsExactly("budi: Mohon pandangan"
                + " Anda tentang program Pelatihan SPBE " + year + " untuk Sekretariat");
        scenario.unitHeadsAnswer();
        assertThat(jdbc.queryForObject("select team_work || ' ' || report_quality || ' ' || administration_speed || ' '"
                + " || public_satisfaction || ' ' || observed_changes from unit_head_interview", String.class))
                .isEqualTo("4 4 3 4 Tim mulai melayani permohonan secara daring");

        // then the report is generated (final: every case closed) and waits for HR
        assertThat(programme).isWaitingAt(ProgrammeProcess.TASK_REVIEW_REPORT);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(programme.getId()).singleResult()
                .getName()).isEqualTo("Tinjau dan terbitkan laporan evaluasi");
        scenario.review("PUBLISH");
        assertThat(programme).hasPassed("Task_PublishReport", "EndEvent_ReportSent").isEnded();

        Map<String, Object> published = jdbc.queryForMap("select version, final_report, reviewed_by, review_note,"
                + " published_by, published_at from programme_report where programme_code = ?", code);
        assertThat(published.get("VERSION")).isEqualTo(1);
        assertThat(published.get("FINAL_REPORT")).isEqualTo(true);
        assertThat(published.get("PUBLISHED_BY")).isEqualTo("siti");
        assertThat(published.get("REVIEW_NOTE")).isEqualTo("Diperiksa PUBLISH");
        assertThat(published.get("PUBLISHED_AT")).isNotNull();
        // the agency's head (budi reports to nobody) gets the report, once
        assertThat(jdbc.queryForList("select recipient from email_message where topic = ? and kind = 'PROGRAMME_REPORT_PUBLISHED'",
                String.class, code)).containsExactly("budi");
        assertThat(jdbc.queryForObject("select subject from email_message where topic = ?"
                + " and kind = 'PROGRAMME_REPORT_PUBLISHED'", String.class, code))
                .isEqualTo("Laporan evaluasi program Pelatihan SPBE " + year + " terbit");
    }

    @Test
    void theEvaluationDateGivesAnInterimReportWhileCasesRunAndHrMayHaveItRevised() throws Exception {
        List<String> numbers = scenario.create(List.of(DemoData.ANDI_NIP));
        ProcessInstance programme = scenario.programme();
        Job evaluationDate = engine.getManagementService().createJobQuery().processInstanceId(programme.getId())
                .timers().singleResult();
        assertThat(evaluationDate.getDuedate().toInstant().truncatedTo(ChronoUnit.DAYS))
                .isAfter(Instant.now().plus(58, ChronoUnit.DAYS));
        engine.getManagementService().executeJob(evaluationDate.getId());

        // the evaluation date: the unit's head is asked while the case runs on; the interim report waits for the view
        assertThat(programme).isWaitingAt(ProgrammeProcess.ACTIVITY_PARTICIPANT_CASES,
                ProgrammeProcess.TASK_INTERVIEW_UNIT_HEAD);
        scenario.unitHeadsAnswer();
        assertThat(programme).isWaitingAt(ProgrammeProcess.ACTIVITY_PARTICIPANT_CASES, ProgrammeProcess.TASK_REVIEW_REPORT);
        HttpCalls.Reply indicator = api.as("siti", "POST", "/api/programmes/" + code + "/indicators", Map.of(
                "unit", "Dinas Kominfo", "name", "Indeks kepuasan masyarakat", "before", 76.5, "after", 81.2,
                "higherIsBetter", true));
        assertThat(indicator.status()).as(indicator.text()).isEqualTo(201);
        // revised: drawn up again at once, the heads not asked twice
        scenario.review("REVISE");
        assertThat(programme).isWaitingAt(ProgrammeProcess.ACTIVITY_PARTICIPANT_CASES, ProgrammeProcess.TASK_REVIEW_REPORT);
        assertThat(jdbc.queryForObject("select count(*) from unit_head_interview", Integer.class)).isEqualTo(1);
        scenario.review("PUBLISH");

        List<Map<String, Object>> versions = jdbc.queryForList("select version, final_report, published_at, report_json"
                + " from programme_report where programme_code = ? order by version", code);
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("FINAL_REPORT")).isEqualTo(false);
        assertThat(versions.get(0).get("PUBLISHED_AT")).isNull();
        assertThat(versions.get(1).get("PUBLISHED_AT")).isNotNull();
        // the revised version holds the L4 indicator entered in between: 81.2 - 76.5 = 4.7, improved
        JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(versions.get(1).get("REPORT_JSON").toString());
        assertThat(report.at("/indicators/0/change").decimalValue()).isEqualByComparingTo("4.7");
        assertThat(report.at("/indicators/0/improved").asBoolean()).isTrue();
        // the case goes on, and the programme with it
        assertThat(programme).isWaitingAt(ProgrammeProcess.ACTIVITY_PARTICIPANT_CASES);
        driver.settle(scenario.caseOf(numbers.get(0)));
        assertThat(scenario.caseOf(numbers.get(0))).isWaitingAt(CaseProcess.TASK_FILL_NEEDS_SURVEY, CaseProcess.TASK_ASSESS_COMPETENCIES);
    }

    @Test
    void hrAddAParticipantAndASessionToARunningProgramme() throws Exception {
        scenario.create(List.of(DemoData.ANDI_NIP));
        ProcessInstance programme = scenario.programme();

        HttpCalls.Reply added = api.as("siti", "POST", "/api/programmes/" + code + "/participants",
                Map.of("employeeNip", DemoData.DEWI_NIP));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        String dewis = added.body().get("caseNumber").asText();
        driver.settle(scenario.caseOf(dewis));
        assertThat(scenario.caseOf(dewis)).isWaitingAt(CaseProcess.TASK_FILL_NEEDS_SURVEY, CaseProcess.TASK_ASSESS_COMPETENCIES);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(programme.getId())
                .count()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from programme_case where programme_code = ?", Integer.class, code))
                .isEqualTo(2);

        HttpCalls.Reply twice = api.as("siti", "POST", "/api/programmes/" + code + "/participants",
                Map.of("employeeNip", DemoData.DEWI_NIP));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text()).contains("employeeNip");
        HttpCalls.Reply stranger = api.as("siti", "POST", "/api/programmes/" + code + "/participants",
                Map.of("employeeNip", "198001012005011999"));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.text()).contains("employeeNip");
        assertThat(api.as("andi", "POST", "/api/programmes/" + code + "/participants",
                Map.of("employeeNip", DemoData.DEWI_NIP)).status()).isEqualTo(403);

        Instant start = Instant.now().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> session = new java.util.HashMap<>(Map.of("courseCode", "SPBE-01", "mode", "KLASIKAL",
                "startsAt", start.toString(), "endsAt", start.plus(8, ChronoUnit.HOURS).toString(),
                "location", "Aula BKPSDM", "seats", 20, "costPerParticipant", 1500000, "minutes", 450));
        HttpCalls.Reply sessionAdded = api.as("siti", "POST", "/api/programmes/" + code + "/sessions", session);
        assertThat(sessionAdded.status()).as(sessionAdded.text()).isEqualTo(201);
        long id = sessionAdded.body().get("id").asLong();
        assertThat(jdbc.queryForObject("select budget_code from training_session where id = ?", String.class, id))
                .isEqualTo("PK-" + year);
        session.put("minutes", 900); // longer than the 8 hours of the session
        HttpCalls.Reply tooLong = api.as("siti", "POST", "/api/programmes/" + code + "/sessions", session);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text()).contains("minutes");
        HttpCalls.Reply badIndicator = api.as("siti", "POST", "/api/programmes/" + code + "/indicators",
                Map.of("unit", "Dinas", "name", "IKM", "before", 70));
        assertThat(badIndicator.status()).isEqualTo(400);
        assertThat(badIndicator.text()).contains("after");
        assertThat(jdbc.queryForObject("select count(*) from programme_session", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from programme_indicator", Integer.class)).isZero();
    }

    @Test
    void aParticipantCannotBeAddedOnceTheCasesStageIsOver() throws Exception {
        List<String> numbers = scenario.create(List.of(DemoData.DEWI_NIP));
        scenario.closeDewisCaseWithoutNeed(numbers.get(0));
        assertThat(scenario.programme()).isWaitingAt(ProgrammeProcess.TASK_INTERVIEW_UNIT_HEAD);

        HttpCalls.Reply late = api.as("siti", "POST", "/api/programmes/" + code + "/participants",
                Map.of("employeeNip", DemoData.ANDI_NIP));
        assertThat(late.status()).as(late.text()).isEqualTo(409);
        assertThat(late.text()).contains("code");
        // nothing of the refused request stays
        assertThat(jdbc.queryForObject("select count(*) from programme_participant", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from competency_case", Integer.class)).isEqualTo(1);
    }

    @Test
    void aParticipantWithAnOpenCaseIsRefusedNamingThem() throws Exception {
        HttpCalls.Reply opened = api.as("siti", "POST", "/api/cases", Map.of("employeeNip", DemoData.DEWI_NIP,
                "cycleYear", year));
        assertThat(opened.status()).isEqualTo(201);
        HttpCalls.Reply refused = api.as("siti", "POST", "/api/programmes", Map.of("code", code, "name", "P",
                "agency", DemoData.AGENCY, "year", year, "participants", List.of(DemoData.ANDI_NIP, DemoData.DEWI_NIP)));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("participants[1]");
        assertThat(jdbc.queryForObject("select count(*) from programme", Integer.class)).isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProgrammeProcess.PROCESS_ID)
                .count()).isZero();
    }

    @Test
    void aHeadWhoDoesNotAnswerInTimeLeavesTheReportWithoutTheirView() throws Exception {
        List<String> numbers = scenario.create(List.of(DemoData.DEWI_NIP));
        scenario.closeDewisCaseWithoutNeed(numbers.get(0));
        ProcessInstance programme = scenario.programme();
        Job deadline = engine.getManagementService().createJobQuery().processInstanceId(programme.getId())
                .activityId("BoundaryEvent_UnitInterviewDeadline").singleResult();
        // two weeks by default (kompeten.programme.unit-interview-within)
        assertThat(deadline.getDuedate().toInstant()).isAfter(Instant.now().plus(13, ChronoUnit.DAYS))
                .isBefore(Instant.now().plus(15, ChronoUnit.DAYS));
        engine.getManagementService().executeJob(deadline.getId());
        driver.settle(programme);

        assertThat(programme).isWaitingAt(ProgrammeProcess.TASK_REVIEW_REPORT);
        JsonNode report = api.as("siti", "GET", "/api/programmes/" + code + "/report", null).body();
        JsonNode heads = report.get("methodology").get("instruments").findParents("code").stream()
                .filter(i -> i.get("code").asText().equals("UNIT_HEAD_INTERVIEW")).findFirst().orElseThrow();
        assertThat(heads.get("sent").asInt()).isEqualTo(1);
        assertThat(heads.get("returned").asInt()).isZero();
        assertThat(report.get("unitViews").get(0).get("answered").asBoolean()).isFalse();
    }

    @Test
    void onlyTheHeadAnswersTheirUnitsInterviewOnceAndBadAnswersAreRefused() throws Exception {
        List<String> numbers = scenario.create(List.of(DemoData.DEWI_NIP));
        scenario.closeDewisCaseWithoutNeed(numbers.get(0));
        Task asked = engine.getTaskService().createTaskQuery().processInstanceId(scenario.programme().getId())
                .singleResult();
        Map<String, Object> answers = new java.util.LinkedHashMap<>(Map.of("teamWork", "6", "reportQuality", "4",
                "administrationSpeed", "3", "publicSatisfaction", "4", "observedChanges", "Lebih cepat"));
        // as an outsider: dewi (a participant of the unit) and siti (HR) cannot see or answer budi's task
        for (String outsider : List.of("dewi", "siti")) {
            assertThat(api.submitForm(outsider, asked.getId(), Map.of("teamWork", "4", "reportQuality", "4",
                    "administrationSpeed", "3", "publicSatisfaction", "4", "observedChanges", "Palsu")).status())
                    .as(outsider).isIn(403, 404);
            assertThat(api.as(outsider, "POST", "/engine-rest/task/" + asked.getId() + "/complete", Map.of()).status())
                    .as(outsider).isIn(403, 404);
        }
        // budi: a rating off the scale, or no words on what changed, is refused naming the field
        HttpCalls.Reply offScale = api.submitForm("budi", asked.getId(), answers);
        assertThat(offScale.status()).as(offScale.text()).isEqualTo(400);
        assertThat(offScale.text()).contains("teamWork");
        answers.put("teamWork", "5");
        answers.remove("observedChanges");
        HttpCalls.Reply noWords = api.submitForm("budi", asked.getId(), answers);
        assertThat(noWords.status()).as(noWords.text()).isEqualTo(400);
        assertThat(noWords.text()).contains("observedChanges");
        // nor through the engine's generic completion with the answers as variables
        assertThat(api.as("budi", "POST", "/engine-rest/task/" + asked.getId() + "/complete", Map.of("variables",
                Map.of("teamWork", Map.of("value", 5)))).status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from unit_head_interview where answered_at is not null",
                Integer.class)).isZero();

        answers.put("observedChanges", "Permohonan dilayani dalam satu hari");
        assertThat(api.submitForm("budi", asked.getId(), answers).status()).isEqualTo(204);
        driver.settle(scenario.programme());
        assertThat(jdbc.queryForObject("select team_work || ' ' || observed_changes from unit_head_interview",
                String.class)).isEqualTo("5 Permohonan dilayani dalam satu hari");
        assertThat(scenario.programme()).isWaitingAt(ProgrammeProcess.TASK_REVIEW_REPORT);
    }
}
