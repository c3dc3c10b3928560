package id.kompeten.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.demo.DemoData;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.CaseVariables;
import id.kompeten.security.HttpCalls;
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
 * Every instrument reports its questions, from real cases over HTTP: andi rated himself and was rated by budi at 2,
 * 3 and 2 (T-LPE, M-KOM, SK-PB), trained, answered the post-training survey 5, 4, 4, 2, 5, 3 and was interviewed
 * (T-LPE applied at 4); dewi's case has only opened. Each row below is counted by hand from those.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QuestionAnswersTests {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;

    @Test
    void eachQuestionHasItsAskedAnsweredDistributionAgreeingShareAndMean() throws Exception {
        CaseDriver driver = new CaseDriver(engine, jdbc);
        driver.reset();
        int year = Year.now().getValue();
        ProcessInstance andi = driver.open(cases, DemoData.ANDI_NIP);
        cases.open(DemoData.DEWI_NIP, year, "siti");
        driver.surveyAndiNeedingSpbe(andi);
        driver.complete(andi, CaseProcess.TASK_SCHEDULE_TRAINING, "siti", CaseDriver.vars(CaseVariables.TRAINING_SESSION_ID,
                driver.offeredSession(andi, "Layanan Publik Berbasis Elektronik")));
        driver.runJob(andi);
        driver.complete(andi, CaseProcess.TASK_RECORD_TRAINING_RESULTS, "siti", CaseDriver.results(true, 900, 40, 70));
        Map<String, Object> survey = new java.util.HashMap<>(CaseDriver.postTrainingSurvey(3));
        survey.putAll(Map.of("relevance", "5", "material", "4", "trainer", "4", "scheduleFit", "2", "overall", "5",
                "confidence", "3"));
        driver.complete(andi, CaseProcess.TASK_FILL_POST_TRAINING_SURVEY, "andi", survey);
        driver.runJob(andi);
        driver.interviewAndi(andi, 4);
        String mode = jdbc.queryForObject("select s.mode from training_session s join enrollment e on e.session_id = s.id"
                + " where e.case_number = ?", String.class, andi.getBusinessKey());

        String agency = URLEncoder.encode(DemoData.AGENCY, StandardCharsets.UTF_8);
        HttpCalls api = new HttpCalls(port);
        HttpCalls.Reply csv = api.as("siti", "GET", "/laporan/instansi/pertanyaan.csv?nama=" + agency + "&tahun=" + year
                + "&format=data", null);
        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        // asked: the instrument's own count (two cases; one attended; one interview due); the ratings are three
        // competencies of one person: 2, 3, 2 (mean 7 / 3 = 2.33, none 4-5); the survey's answers one each
        assertThat(csv.text().split("\n")).containsExactly(
                "instrument,question,by,group,asked,answered,n1,n2,n3,n4,n5,agreeShare,mean",
                "NEEDS_SURVEY,rating.SELF,,,2,1,0,2,1,0,0,0,2.33",
                "SUPERVISOR_ASSESSMENT,rating.SUPERVISOR,,,2,1,0,2,1,0,0,0,2.33",
                "POST_TRAINING_SURVEY,relevance,,,1,1,0,0,0,0,1,1,5",
                "POST_TRAINING_SURVEY,material,,,1,1,0,0,0,1,0,1,4",
                "POST_TRAINING_SURVEY,trainer,,,1,1,0,0,0,1,0,1,4",
                "POST_TRAINING_SURVEY,scheduleFit,,,1,1,0,1,0,0,0,0,2",
                "POST_TRAINING_SURVEY,overall,,,1,1,0,0,0,0,1,1,5",
                "POST_TRAINING_SURVEY,confidence,,,1,1,0,0,1,0,0,0,3",
                "SUPERVISOR_INTERVIEW,rating.ON_THE_JOB,,,1,1,0,0,0,1,0,1,4",
                // no activity beyond the course this year: asked of nobody
                "ACTIVITY_RATING,usefulness,,,0,0,0,0,0,0,0,,",
                "ACTIVITY_RATING,learningRating,,,0,0,0,0,0,0,0,,",
                "ACTIVITY_RATING,coachHelpfulness,,,0,0,0,0,0,0,0,,",
                // no programme this year: no head of unit asked
                "UNIT_HEAD_INTERVIEW,unitHead.teamWork,,,0,0,0,0,0,0,0,,",
                "UNIT_HEAD_INTERVIEW,unitHead.reportQuality,,,0,0,0,0,0,0,0,,",
                "UNIT_HEAD_INTERVIEW,unitHead.administrationSpeed,,,0,0,0,0,0,0,0,,",
                "UNIT_HEAD_INTERVIEW,unitHead.publicSatisfaction,,,0,0,0,0,0,0,0,,",
                // his six answers by his unit and by the session's mode: 4 of 6 agree, (5+4+4+2+5+3) / 6 = 3.83
                "POST_TRAINING_SURVEY,,UNIT,Sekretariat,,6,0,1,1,2,2,0.6667,3.83",
                "POST_TRAINING_SURVEY,,MODE," + mode + ",,6,0,1,1,2,2,0.6667,3.83",
                "SUPERVISOR_INTERVIEW,,UNIT,Sekretariat,,1,0,0,0,1,0,1,4");

        // on the page: the table, its shares as the reader writes them, and the chart of the survey's statements
        String page = api.as("siti", "GET", "/laporan/instansi?nama=" + agency + "&tahun=" + year, null).text()
                .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(page).contains("Jawaban per pertanyaan")
                .contains("Jadwal dan durasi pelatihan sesuai 1 1 0 (0%) 1 (100%) 0 (0%) 0 (0%) 0 (0%) 0% 2")
                .contains("Sekretariat 6 66,7% 3,83");
        assertThat(api.as("siti", "GET", "/laporan/instansi?nama=" + agency + "&tahun=" + year, null).text())
                .contains("id=\"chart-questions\"");
        // a spreadsheet in Indonesian names the instrument and the question in words
        String sheet = api.as("siti", "GET", "/laporan/instansi/pertanyaan.csv?nama=" + agency + "&tahun=" + year, null)
                .text();
        assertThat(sheet).contains("Survei pascapelatihan (skala Likert 1–5);Jadwal dan durasi pelatihan sesuai;;;1;1;0;1;0;0;0;0;2");
        assertThat(api.as("dewi", "GET", "/laporan/instansi/pertanyaan.csv?nama=" + agency + "&tahun=" + year, null)
                .status()).isEqualTo(404);
    }

    /** An event the employee attended (HR record 135 minutes) and rates: how useful, how much learned. */
    void eventRated(HttpCalls api, String nip, String employee, String kind, int usefulness, int learning) throws Exception {
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).minusDays(2).toString();
        HttpCalls.Reply started = api.as("siti", "POST", "/api/activities", Map.of("employeeNip", nip, "kind", kind,
                "title", "Satu Data Indonesia", "organiser", "Badan Pusat Statistik", "startsOn", day, "endsOn", day));
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        ProcessInstance event = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(started.body().get("activityNumber").asText()).singleResult();
        CaseDriver.runDue(engine, event.getId(), false);
        String attendance = engine.getTaskService().createTaskQuery().processInstanceId(event.getId()).singleResult().getId();
        api.as("siti", "POST", "/engine-rest/task/" + attendance + "/claim", Map.of("userId", "siti"));
        assertThat(api.as("siti", "POST", "/engine-rest/task/" + attendance + "/submit-form", Map.of("variables", Map.of(
                "eventAttended", Map.of("value", "true"), "attendedMinutes", Map.of("value", 135),
                "certificateNumber", Map.of("value", "BPS/117"))))).extracting(HttpCalls.Reply::status).isEqualTo(204);
        CaseDriver.runDue(engine, event.getId(), false);
        String reflection = engine.getTaskService().createTaskQuery().processInstanceId(event.getId()).singleResult().getId();
        assertThat(api.as(employee, "POST", "/engine-rest/task/" + reflection + "/submit-form", Map.of("variables", Map.of(
                "usefulness", Map.of("value", usefulness), "learningRating", Map.of("value", learning),
                "actionPlan", Map.of("value", "Metadata standar"))))).extracting(HttpCalls.Reply::status).isEqualTo(204);
    }

    @Test
    void theYearsActivitiesBeyondTheCoursesAreRatedByFormOfDevelopment() throws Exception {
        new CaseDriver(engine, jdbc).reset();
        HttpCalls api = new HttpCalls(port);
        eventRated(api, DemoData.DEWI_NIP, "dewi", "SEMINAR", 4, 5);
        eventRated(api, DemoData.ANDI_NIP, "andi", "WORKSHOP", 5, 2);
        String agency = URLEncoder.encode(DemoData.AGENCY, StandardCharsets.UTF_8);
        String csv = api.as("siti", "GET", "/laporan/instansi/pertanyaan.csv?nama=" + agency + "&tahun="
                + Year.now().getValue() + "&format=data", null).text();
        // useful 4 and 5 (both agree, mean 4.5); learned 5 and 2 (one agrees, mean 3.5); no coach to rate
        assertThat(csv.split("\n")).contains(
                "ACTIVITY_RATING,usefulness,,,2,2,0,0,0,1,1,1,4.5",
                "ACTIVITY_RATING,learningRating,,,2,2,0,1,0,0,1,0.5,3.5",
                "ACTIVITY_RATING,coachHelpfulness,,,0,0,0,0,0,0,0,,",
                // no programme this year: no head of unit asked
                "UNIT_HEAD_INTERVIEW,unitHead.teamWork,,,0,0,0,0,0,0,0,,",
                "UNIT_HEAD_INTERVIEW,unitHead.reportQuality,,,0,0,0,0,0,0,0,,",
                "UNIT_HEAD_INTERVIEW,unitHead.administrationSpeed,,,0,0,0,0,0,0,0,,",
                "UNIT_HEAD_INTERVIEW,unitHead.publicSatisfaction,,,0,0,0,0,0,0,0,,",
                "ACTIVITY_RATING,,KIND,SEMINAR,,2,0,0,0,1,1,1,4.5",
                "ACTIVITY_RATING,,KIND,WORKSHOP,,2,0,1,0,0,1,0.5,3.5");
    }
}
