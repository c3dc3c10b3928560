package id.kompeten.plan;

import static id.kompeten.cases.CaseDriver.needsSurvey;
import static id.kompeten.cases.CaseDriver.ratings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.demo.DemoData;
import id.kompeten.process.ActivityProcess;
import id.kompeten.process.CaseProcess;
import id.kompeten.security.HttpCalls;
import id.kompeten.security.HttpCalls.Reply;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
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
 * andi's development plan as its people make it, over HTTP with authorizations on: he proposes a line per competency
 * to develop, budi approves or changes it (dropping a line only with a reason), the cost is checked against the
 * agency's budget and HR confirm or send back a plan beyond it; then the case runs the course and the other planned
 * activities side by side, and evaluates the round from all their evidence. Bad lines are refused naming the field,
 * and nobody but each step's owner can write it, through /engine-rest's generic endpoints either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DevelopmentPlanTests {

    static final int YEAR = Year.now().getValue();

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
        jdbc.update("delete from development_plan_line");
        jdbc.update("delete from development_plan");
        api = new HttpCalls(port);
    }

    /** andi's case with the needs evaluated: every competency rated at {@code level} by him and by budi. */
    ProcessInstance needsEvaluated(int tLpe, int mKom, int skPb) {
        ProcessInstance instance = driver.open(cases, DemoData.ANDI_NIP);
        driver.complete(instance, CaseProcess.TASK_FILL_NEEDS_SURVEY, "andi",
                needsSurvey(Map.of("T-LPE", tLpe, "M-KOM", mKom, "SK-PB", skPb)));
        driver.complete(instance, CaseProcess.TASK_ASSESS_COMPETENCIES, "budi",
                ratings("supervisorRatings", Map.of("T-LPE", tLpe, "M-KOM", mKom, "SK-PB", skPb)));
        return instance;
    }

    String taskId(ProcessInstance instance, String key) {
        driver.settle(instance);
        Task task = driver.task(instance, key);
        assertThat(task).as("waiting at %s", key).isNotNull();
        return task.getId();
    }

    List<Map<String, Object>> lines(String user, String taskId) throws Exception {
        return api.formRows(user, taskId, "planLines");
    }

    Reply submit(String user, String taskId, Map<String, Object> answers) throws Exception {
        return api.submitForm(user, taskId, answers);
    }

    static void set(Map<String, Object> line, String kind, int jp, long cost, String organiser) {
        line.put("kind", kind);
        line.put("intendedJp", jp);
        line.put("cost", cost);
        line.put("startsOn", YEAR + "-01-05");
        line.put("endsOn", YEAR + "-01-06");
        line.put("organiser", organiser);
    }

    static Map<String, Object> line(List<Map<String, Object>> lines, String code) {
        return lines.stream().filter(l -> code.equals(l.get("competencyCode"))).findFirst().orElseThrow();
    }

    List<String> emails(String caseNumber, String kind) {
        return jdbc.queryForList("select recipient from email_message where topic = ? and kind = ?", String.class,
                caseNumber, kind);
    }

    @Test
    void aCourseACoachingAndASeminarRunSideBySideAndTheRoundIsEvaluatedFromAllTheirEvidence() throws Exception {
        // T-LPE (technical) and M-KOM (managerial) two levels short: high; SK-PB one level short: low
        ProcessInstance instance = needsEvaluated(1, 1, 1);
        String caseNumber = instance.getBusinessKey();
        assertThat(emails(caseNumber, "PLAN_PROPOSAL_REQUEST")).containsExactly("andi");
        String propose = taskId(instance, CaseProcess.TASK_PROPOSE_DEVELOPMENT_PLAN);
        List<Map<String, Object>> lines = lines("andi", propose);
        assertThat(lines).extracting(l -> l.get("competencyCode") + " " + l.get("priorityLabel"))
                .containsExactly("M-KOM tinggi", "T-LPE tinggi", "SK-PB rendah"); // by priority, then code

        // nobody proposes for him: not HR, not his supervisor
        set(line(lines, "T-LPE"), "PELATIHAN", 20, 3_000_000, null);
        set(line(lines, "M-KOM"), "COACHING", 6, 0, null);
        set(line(lines, "SK-PB"), "SEMINAR", 8, 1_500_000, null);
        assertThat(submit("siti", propose, Map.of("planLines", lines)).status()).isIn(403, 404);
        assertThat(submit("budi", propose, Map.of("planLines", lines)).status()).isIn(403, 404);
        // his own bad lines are refused naming the line's field, and nothing is kept
        Reply noOrganiser = submit("andi", propose, Map.of("planLines", lines));
        assertThat(noOrganiser.status()).isEqualTo(400);
        assertThat(noOrganiser.text()).contains("planLines[2].organiser");
        line(lines, "SK-PB").put("organiser", "Lembaga Administrasi Negara");
        line(lines, "T-LPE").put("startsOn", (YEAR - 1) + "-12-01");
        Reply otherYear = submit("andi", propose, Map.of("planLines", lines));
        assertThat(otherYear.status()).isEqualTo(400);
        assertThat(otherYear.text()).contains("planLines[1].startsOn");
        line(lines, "T-LPE").put("startsOn", YEAR + "-01-05");
        Reply missing = submit("andi", propose, Map.of("planLines", lines.subList(0, 2)));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("planLines").contains("SK-PB");
        line(lines, "M-KOM").put("kind", "TUGAS_BELAJAR");
        assertThat(submit("andi", propose, Map.of("planLines", lines)).text()).contains("planLines[0].kind");
        line(lines, "M-KOM").put("kind", "COACHING");
        assertThat(jdbc.queryForObject("select count(*) from development_plan", Integer.class)).isZero();
        assertThat(submit("andi", propose, Map.of("planLines", lines)).status()).isEqualTo(204);

        // the supervisor: told the plan awaits him; a high-priority line dropped needs his reason
        String approve = taskId(instance, CaseProcess.TASK_APPROVE_DEVELOPMENT_PLAN);
        assertThat(emails(caseNumber, "PLAN_APPROVAL_REQUEST")).containsExactly("budi");
        List<Map<String, Object>> proposed = lines("budi", approve);
        assertThat(line(proposed, "SK-PB")).containsEntry("kind", "SEMINAR").containsEntry("keep", "KEEP")
                .containsEntry("organiser", "Lembaga Administrasi Negara");
        assertThat(submit("andi", approve, Map.of("planLines", proposed)).status()).isIn(403, 404);
        line(proposed, "M-KOM").put("keep", "DROP");
        Reply noReason = submit("budi", approve, Map.of("planLines", proposed));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.text()).contains("planLines[0].dropReason");
        // nor can he decide the budget check by an extra variable on his completion
        line(proposed, "M-KOM").put("keep", "KEEP");
        line(proposed, "SK-PB").put("intendedJp", 6);
        Map<String, Object> forged = new LinkedHashMap<>(Map.of("planLines", proposed));
        forged.put("planWithinBudget", true);
        assertThat(submit("budi", approve, forged).status()).isEqualTo(400);
        assertThat(submit("budi", approve, Map.of("planLines", proposed)).status()).isEqualTo(204);

        // within the budget: the course and the two activities run side by side
        driver.settle(instance);
        assertThat(instance).hasPassed("Task_CheckPlanBudget", "Task_StartPlannedActivities")
                .hasNotPassed(CaseProcess.TASK_CONFIRM_PLAN_BUDGET)
                .isWaitingAt(CaseProcess.TASK_SCHEDULE_TRAINING, "Task_RunPlannedActivities");
        assertThat(jdbc.queryForObject("select status from development_plan", String.class)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select intended_jp from development_plan_line where competency_code = 'SK-PB'",
                Integer.class)).isEqualTo(6);
        assertThat(jdbc.queryForObject("select proposed_jp from development_plan_line where competency_code = 'SK-PB'",
                Integer.class)).as("andi's proposal kept as he wrote it").isEqualTo(8);
        List<Map<String, Object>> activities = jdbc.queryForList(
                "select activity_number, kind, coach, organiser from development_activity where case_number = ? order by id",
                caseNumber);
        assertThat(activities).extracting(a -> a.get("kind") + " " + a.get("coach") + " " + a.get("organiser"))
                .containsExactly("COACHING budi null", "SEMINAR null Lembaga Administrasi Negara");
        ProcessInstance coaching = called((String) activities.get(0).get("activity_number"));
        ProcessInstance seminar = called((String) activities.get(1).get("activity_number"));
        assertThat(coaching.getProcessDefinitionId()).startsWith(ActivityProcess.GUIDED_PROCESS_ID);
        assertThat(seminar.getProcessDefinitionId()).startsWith(ActivityProcess.EVENT_PROCESS_ID);

        // the course first: the case waits at the join for the activities
        driver.complete(instance, CaseProcess.TASK_SCHEDULE_TRAINING, "siti", CaseDriver.vars("trainingSessionId",
                driver.offeredSession(instance, "Layanan Publik Berbasis Elektronik")));
        driver.runJob(instance);
        driver.complete(instance, CaseProcess.TASK_RECORD_TRAINING_RESULTS, "siti", CaseDriver.results(true, 900, 40, 70));
        driver.complete(instance, CaseProcess.TASK_FILL_POST_TRAINING_SURVEY, "andi", CaseDriver.postTrainingSurvey(4));
        assertThat(instance).hasPassed(CaseProcess.TASK_FILL_POST_TRAINING_SURVEY)
                .hasNotPassed("Task_EvaluateReactionAndLearning");

        // the coaching, each step its owner's: budi agrees, logs and closes; andi rates
        activityStep(coaching, "budi", Map.of("goals", "Memimpin rapat koordinasi layanan", "plannedSessions", 1));
        activityStep(coaching, "budi", Map.of("heldOn", LocalDate.now(ZoneId.of("Asia/Jakarta")).toString(),
                "sessionMinutes", 90, "sessionNotes", "Latihan memimpin rapat", "nextStep", "CLOSE"));
        activityStep(coaching, "budi", Map.of("goalsAttained", 4, "appliedOnJob", 4, "closingNote", "Sudah memimpin rapat"));
        activityStep(coaching, "andi", Map.of("usefulness", 5, "coachHelpfulness", 4, "participantComment", "Berguna"));
        assertThat(coaching).isEnded();
        assertThat(instance).hasNotPassed("Task_EvaluateReactionAndLearning");

        // the seminar: after its end HR record the attendance, andi reflects
        CaseDriver.runDue(engine, seminar.getId(), false);
        claim(seminar);
        activityStep(seminar, "siti", Map.of("eventAttended", "true", "attendedMinutes", 360));
        activityStep(seminar, "andi", Map.of("usefulness", 4, "learningRating", 3, "actionPlan", "Menerapkan nilai persatuan"));
        assertThat(seminar).isEnded();

        // the join passes once everything planned is done: L1 and L2 from the three sources
        driver.settle(instance);
        assertThat(instance).hasPassed("Gateway_PlanJoin", "Task_EvaluateReactionAndLearning");
        Map<String, Object> reaction = jdbc.queryForMap("select score, detail from evaluation_result where case_number = ?"
                + " and measure = 'REACTION'", caseNumber);
        // course (4-1)/4*100 = 75; coaching mean(5, 4) = 4.5 -> 87.5; seminar 4 -> 75; mean 79.17
        assertThat((BigDecimal) reaction.get("score")).isEqualByComparingTo("79.17");
        assertThat((String) reaction.get("detail")).contains("Coaching: penilaian penutup coach")
                .contains("Seminar/Konferensi/Sarasehan: penilaian diri");
        // tests 40 -> 70: (70-40)/(100-40) = 0.5; coach's goals attained 4 -> 0.75; seminar self-assessed 3 -> 0.5
        assertThat(jdbc.queryForObject("select score from evaluation_result where case_number = ? and measure = 'LEARNING_GAIN'",
                BigDecimal.class, caseNumber)).isEqualByComparingTo("0.583");

        // the interview covers every competency the plan targeted; the case closes with each high gap addressed
        driver.runJob(instance);
        driver.complete(instance, CaseProcess.TASK_CONDUCT_SUPERVISOR_INTERVIEW, "budi",
                CaseDriver.interview(Map.of("T-LPE", 4, "M-KOM", 4, "SK-PB", 4)));
        assertThat(instance).hasPassed("Task_CloseCaseCompleted").isEnded();
        assertThat(jdbc.queryForList("select kind from jp_ledger_entry where employee_nip = ? order by kind", String.class,
                DemoData.ANDI_NIP)).containsExactlyInAnyOrder("PELATIHAN", "COACHING", "SEMINAR");
    }

    @Test
    void anELearningAndAnInternshipOfThePlanRunAsTheCaseActivitiesAndTheirEvidenceEvaluatesTheRound() throws Exception {
        ProcessInstance instance = needsEvaluated(1, 1, 1);
        String caseNumber = instance.getBusinessKey();
        String propose = taskId(instance, CaseProcess.TASK_PROPOSE_DEVELOPMENT_PLAN);
        List<Map<String, Object>> lines = lines("andi", propose);
        set(line(lines, "T-LPE"), "E_LEARNING", 10, 0, null);
        set(line(lines, "M-KOM"), "MAGANG", 13, 0, "Bagian Organisasi, Sekretariat Daerah");
        set(line(lines, "SK-PB"), "SOSIALISASI", 2, 0, "Kesbangpol");
        // self-paced learning needs its platform
        assertThat(submit("andi", propose, Map.of("planLines", lines)).text()).contains("planLines[1].organiser");
        line(lines, "T-LPE").put("organiser", "ASN Unggul (LAN)");
        assertThat(submit("andi", propose, Map.of("planLines", lines)).status()).isEqualTo(204);
        String approve = taskId(instance, CaseProcess.TASK_APPROVE_DEVELOPMENT_PLAN);
        List<Map<String, Object>> proposed = lines("budi", approve);
        line(proposed, "SK-PB").put("keep", "DROP");
        line(proposed, "SK-PB").put("dropReason", "Sudah diikuti tahun lalu");
        assertThat(submit("budi", approve, Map.of("planLines", proposed)).status()).isEqualTo(204);

        // no course: only the two activities run, the mentor his supervisor
        driver.settle(instance);
        assertThat(instance).hasNotPassed(CaseProcess.TASK_SCHEDULE_TRAINING).isWaitingAt("Task_RunPlannedActivities");
        List<Map<String, Object>> activities = jdbc.queryForList(
                "select activity_number, kind, coach, organiser, modules_total from development_activity"
                        + " where case_number = ? order by id", caseNumber);
        assertThat(activities).extracting(a -> a.get("kind") + " " + a.get("coach") + " " + a.get("organiser") + " "
                + a.get("modules_total")).containsExactly("MAGANG budi Bagian Organisasi, Sekretariat Daerah null",
                        "E_LEARNING null ASN Unggul (LAN) 1"); // in the plan's order: M-KOM, then T-LPE
        ProcessInstance internship = called((String) activities.get(0).get("activity_number"));
        ProcessInstance learning = called((String) activities.get(1).get("activity_number"));
        assertThat(learning.getProcessDefinitionId()).startsWith(ActivityProcess.SELF_PACED_PROCESS_ID);
        assertThat(internship.getProcessDefinitionId()).startsWith(ActivityProcess.PLACEMENT_PROCESS_ID);

        String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
        activityStep(learning, "andi", Map.of("modulesCompleted", 1, "learningMinutes", 450, "certificateNumber",
                "LAN-EL-" + YEAR + "-1", "completedOn", today, "usefulness", 4, "learningRating", 5, "actionPlan",
                "Menerapkan SPBE di unit"));
        claim(learning);
        activityStep(learning, "siti", Map.of("completionVerified", "true"));
        assertThat(learning).isEnded();
        assertThat(instance).hasNotPassed("Task_EvaluateReactionAndLearning");
        activityStep(internship, "budi", Map.of("daysPresent", 2, "learningMinutes", 600, "competenceAttained", 4,
                "appliedOnJob", 4, "mentorAssessment", "Menguasai penyusunan peta jabatan"));
        activityStep(internship, "andi", Map.of("usefulness", 5, "learningRating", 4, "actionPlan", "Menyusun peta jabatan"));
        assertThat(internship).isEnded();

        driver.settle(instance);
        assertThat(instance).hasPassed("Gateway_PlanJoin", "Task_EvaluateReactionAndLearning");
        // e-learning rated 4 -> 75, internship 5 -> 100: 87.5; learning self-assessed 5 -> 1, mentor's 4 -> 0.75: 0.875
        Map<String, Object> reaction = jdbc.queryForMap("select score, detail from evaluation_result where case_number = ?"
                + " and measure = 'REACTION'", caseNumber);
        assertThat((BigDecimal) reaction.get("score")).isEqualByComparingTo("87.5");
        assertThat((String) reaction.get("detail")).contains("E-Learning: penilaian diri")
                .contains("Magang/Praktik Kerja: penilaian mentor");
        assertThat(jdbc.queryForObject("select score from evaluation_result where case_number = ? and measure = 'LEARNING_GAIN'",
                BigDecimal.class, caseNumber)).isEqualByComparingTo("0.875");
        // 450 / 45 = 10 JP and 600 / 45 = 13.33 JP
        assertThat(jdbc.queryForList("select kind || ' ' || jp from jp_ledger_entry where employee_nip = ? order by kind",
                String.class, DemoData.ANDI_NIP)).containsExactly("E_LEARNING 10.00", "MAGANG 13.33");
    }

    ProcessInstance called(String activityNumber) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(activityNumber)
                .singleResult();
    }

    void claim(ProcessInstance activity) throws Exception {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(activity.getId()).singleResult();
        assertThat(api.as("siti", "POST", "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", "siti"))
                .status()).isEqualTo(204);
    }

    void activityStep(ProcessInstance activity, String user, Map<String, Object> answers) throws Exception {
        CaseDriver.runDue(engine, activity.getId(), false);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(activity.getId()).singleResult();
        Reply reply = submit(user, task.getId(), answers);
        assertThat(reply.status()).as(task.getTaskDefinitionKey() + ": " + reply.text()).isEqualTo(204);
        CaseDriver.runDue(engine, activity.getId(), false);
    }

    @Test
    void aPlanBeyondTheBudgetWaitsForHrWhoSendItBackAndThenConfirmIt() throws Exception {
        ProcessInstance instance = needsEvaluated(2, 3, 2); // T-LPE one level short only
        String caseNumber = instance.getBusinessKey();
        String propose = taskId(instance, CaseProcess.TASK_PROPOSE_DEVELOPMENT_PLAN);
        List<Map<String, Object>> lines = lines("andi", propose);
        assertThat(lines).hasSize(1);
        // more than the agency's 50 million for the year
        set(lines.get(0), "PELATIHAN", 40, 60_000_000, null);
        assertThat(submit("andi", propose, Map.of("planLines", lines)).status()).isEqualTo(204);
        String approve = taskId(instance, CaseProcess.TASK_APPROVE_DEVELOPMENT_PLAN);
        assertThat(submit("budi", approve, Map.of("planLines", lines("budi", approve))).status()).isEqualTo(204);

        driver.settle(instance);
        assertThat(instance).hasPassed("Task_CheckPlanBudget").isWaitingAt(CaseProcess.TASK_CONFIRM_PLAN_BUDGET);
        assertThat(emails(caseNumber, "PLAN_BUDGET_CHECK")).contains("siti");
        assertThat(jdbc.queryForObject("select status from development_plan", String.class)).isEqualTo("OVER_BUDGET");
        String confirm = taskId(instance, CaseProcess.TASK_CONFIRM_PLAN_BUDGET);
        // nobody settles the budget through the engine's generic endpoints: no variable written, no step skipped
        assertThat(api.as("budi", "PUT", "/engine-rest/process-instance/" + instance.getId()
                + "/variables/planBudgetConfirmed", Map.of("value", true, "type", "Boolean")).status()).isIn(403, 404);
        assertThat(api.as("siti", "PUT", "/engine-rest/task/" + confirm + "/variables/planBudgetConfirmed",
                Map.of("value", true, "type", "Boolean")).status()).isIn(403, 404);
        assertThat(api.as("andi", "POST", "/engine-rest/process-instance/" + instance.getId() + "/modification",
                Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
                        "activityId", "Task_StartPlannedActivities")))).status()).isIn(403, 404);
        assertThat(api.as("dewi", "GET", "/engine-rest/task/" + taskId(instance, CaseProcess.TASK_CONFIRM_PLAN_BUDGET)
                + "/form-variables", null).status()).isEqualTo(404);
        assertThat(instance).isWaitingAt(CaseProcess.TASK_CONFIRM_PLAN_BUDGET);
        assertThat(jdbc.queryForObject("select status from development_plan", String.class)).isEqualTo("OVER_BUDGET");
        // the supervisor does not confirm his own plan's budget; HR do, with a note
        assertThat(submit("budi", confirm, Map.of("planBudgetConfirmed", "true", "budgetNote", "ada")).status())
                .isIn(403, 404);
        assertThat(api.as("siti", "POST", "/engine-rest/task/" + confirm + "/claim", Map.of("userId", "siti")).status())
                .isEqualTo(204);
        Reply budgetShown = api.as("siti", "GET", "/engine-rest/task/" + confirm + "/form-variables", null);
        assertThat(budgetShown.body().get("budgetSummary").get("value").asText())
                .contains("Rp 60.000.000").contains("tahun " + YEAR);
        Reply noNote = submit("siti", confirm, Map.of("planBudgetConfirmed", "false"));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.text()).contains("budgetNote");
        assertThat(submit("siti", confirm, Map.of("planBudgetConfirmed", "false",
                "budgetNote", "Anggaran tidak cukup: pilih pelatihan yang lebih murah")).status()).isEqualTo(204);

        // back to budi, with his own version to change
        String again = taskId(instance, CaseProcess.TASK_APPROVE_DEVELOPMENT_PLAN);
        assertThat(emails(caseNumber, "PLAN_APPROVAL_REQUEST")).containsExactly("budi", "budi");
        List<Map<String, Object>> own = lines("budi", again);
        assertThat(own.get(0)).containsEntry("cost", 60_000_000);
        own.get(0).put("cost", 55_000_000);
        assertThat(submit("budi", again, Map.of("planLines", own)).status()).isEqualTo(204);

        // still beyond: this time HR confirm, and the case goes on to its course
        String confirmAgain = taskId(instance, CaseProcess.TASK_CONFIRM_PLAN_BUDGET);
        api.as("siti", "POST", "/engine-rest/task/" + confirmAgain + "/claim", Map.of("userId", "siti"));
        // the summary is worked out when the form is read and may have moved since: sent back, even altered, it is
        // taken as it comes and recorded nowhere (no display field is)
        assertThat(submit("siti", confirmAgain, Map.of("planBudgetConfirmed", "true", "budgetSummary",
                "Sisa anggaran Rp 999.999.999", "budgetNote", "Ditutup dari sisa anggaran diklat teknis")).status())
                .isEqualTo(204);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "budgetSummary")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from case_event where detail like '%999.999.999%'",
                Integer.class)).isZero();
        driver.settle(instance);
        assertThat(instance).isWaitingAt(CaseProcess.TASK_SCHEDULE_TRAINING);
        Map<String, Object> plan = jdbc.queryForMap("select status, total_cost, budget_confirmed_by, budget_note"
                + " from development_plan where case_number = ?", caseNumber);
        assertThat(plan).containsEntry("STATUS", "APPROVED").containsEntry("BUDGET_CONFIRMED_BY", "siti")
                .containsEntry("BUDGET_NOTE", "Ditutup dari sisa anggaran diklat teknis");
        assertThat((BigDecimal) plan.get("TOTAL_COST")).isEqualByComparingTo("55000000");
    }

    @Test
    void theBudgetLeftIsTheAgencysLessTheOtherApprovedPlans() throws Exception {
        ProcessInstance instance = needsEvaluated(2, 3, 2);
        // another approved plan of the agency this year has taken 45 of its 50 million
        jdbc.update("insert into competency_case (case_number, employee_nip, cycle_year, status, round, opened_at)"
                + " values ('KMP-1999-000001', ?, ?, 'OPEN', 1, current_timestamp)", DemoData.DEWI_NIP, YEAR);
        jdbc.update("insert into development_plan (case_number, cycle_year, agency, status, proposed_by, proposed_at,"
                + " total_cost) select 'KMP-1999-000001', ?, agency, 'APPROVED', 'dewi', current_timestamp, 45000000"
                + " from employee where nip = ?", YEAR, DemoData.DEWI_NIP);
        String propose = taskId(instance, CaseProcess.TASK_PROPOSE_DEVELOPMENT_PLAN);
        List<Map<String, Object>> lines = lines("andi", propose);
        set(lines.get(0), "PELATIHAN", 20, 6_000_000, null);
        submit("andi", propose, Map.of("planLines", lines));
        String approve = taskId(instance, CaseProcess.TASK_APPROVE_DEVELOPMENT_PLAN);
        submit("budi", approve, Map.of("planLines", lines("budi", approve)));
        driver.settle(instance);
        assertThat(instance).isWaitingAt(CaseProcess.TASK_CONFIRM_PLAN_BUDGET);
        assertThat(jdbc.queryForObject("select budget_left from development_plan where case_number = ?",
                BigDecimal.class, instance.getBusinessKey())).isEqualByComparingTo("5000000");
        jdbc.update("delete from development_plan where case_number = 'KMP-1999-000001'");
        jdbc.update("delete from competency_case where case_number = 'KMP-1999-000001'");
    }
}
