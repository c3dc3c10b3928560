package id.kompeten.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kompeten.security.HttpCalls;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.lang.management.ManagementFactory;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo's generated history (kompeten.demo.finished-year, on in the demo profile): on a database of its own, so
 * the other tests' resets neither meet it nor break it. It is complete before the web server opens: the first
 * request a visitor can make finds the year as the tests below find it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kompeten.demo.finished-year=true",
        "spring.datasource.url=jdbc:h2:mem:kompeten-demo-year;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class DemoYearTests {

    final int lastYear = Year.now().getValue() - 1;
    final String code = "DEMO-" + lastYear;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired WhenTheWebServerOpens opened;

    /** What the database holds at the moment the web server starts answering (before "Started" and readiness). */
    @TestConfiguration
    static class WhenTheWebServerOpens {
        final Map<String, Object> seen = new LinkedHashMap<>();
        private final JdbcTemplate jdbc;

        WhenTheWebServerOpens(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @EventListener
        void opened(WebServerInitializedEvent event) {
            seen.putAll(DemoYearTests.year(jdbc));
            System.out.printf("Demo year at the web server's opening, %d ms after the JVM started: %s%n",
                    ManagementFactory.getRuntimeMXBean().getUptime(), seen);
        }
    }

    /** The year's counts: cases by year and status, tasks waiting, published final reports, emails. */
    static Map<String, Object> year(JdbcTemplate jdbc) {
        Map<String, Object> counts = new LinkedHashMap<>();
        jdbc.query("select cycle_year, status, count(*) n from competency_case group by cycle_year, status"
                + " order by cycle_year, status", row -> {
                    counts.put("cases " + row.getInt(1) + " " + row.getString(2), row.getInt(3));
                });
        counts.put("tasks", jdbc.queryForObject("select count(*) from act_ru_task", Integer.class));
        counts.put("published final reports", jdbc.queryForObject("select count(*) from programme_report"
                + " where final_report and published_at is not null", Integer.class));
        counts.put("emails", jdbc.queryForObject("select count(*) from email_message", Integer.class));
        return counts;
    }

    @Test
    void theYearIsCompleteBeforeTheWebServerOpens() {
        assertThat(opened.seen).as("seen when the web server opened").containsEntry("published final reports", 1)
                .containsEntry("cases " + lastYear + " CLOSED", DemoYear.PROGRAMME.size())
                .doesNotContainKey("cases " + lastYear + " OPEN")
                .containsKey("cases " + (lastYear + 1) + " OPEN");
        // nothing of the year was added after the web server opened (the tests run no job executor)
        assertThat(year(jdbc)).isEqualTo(opened.seen);
    }

    @Test
    void theFinishedYearHasCasesThatWentEveryWayAndAPublishedProgrammeWithFigures() throws Exception {
        // completed, remedial then completed, escalated and closed by HR, follow-up rejected, no need
        assertThat(jdbc.queryForList("select distinct outcome from competency_case where cycle_year = ?", String.class,
                lastYear)).containsExactlyInAnyOrder("COMPLETED", "NO_NEED", "CLOSED_BY_HR", "FOLLOW_UP_REJECTED");
        assertThat(jdbc.queryForObject("select count(*) from competency_case where cycle_year = ? and status = 'OPEN'",
                Integer.class, lastYear)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from competency_case where cycle_year = ? and outcome = 'COMPLETED'"
                + " and round = 2", Integer.class, lastYear)).as("remedial, then completed").isPositive();
        assertThat(jdbc.queryForObject("""
                select count(distinct a.case_number) from enrollment a join enrollment b on a.case_number = b.case_number
                 and a.round = b.round and a.status = 'ABSENT' and b.status = 'ATTENDED'
                 join competency_case c on c.case_number = a.case_number and c.outcome = 'COMPLETED'""", Integer.class))
                .as("absent, rescheduled, then completed").isPositive();
        // surveys, interviews, emails and JP, dated in that year
        assertThat(jdbc.queryForObject("select count(*) from supervisor_interview", Integer.class)).isGreaterThan(10);
        assertThat(jdbc.queryForObject("select count(*) from email_message", Integer.class)).isGreaterThan(100);
        assertThat(jdbc.queryForObject("select count(*) from jp_ledger_entry where ledger_year = ?", Integer.class,
                lastYear)).isGreaterThan(10);
        assertThat(jdbc.queryForObject("select min(year(submitted_at)) from post_training_survey", Integer.class))
                .isEqualTo(lastYear);

        // the programme's report is final and published, with figures and goals
        assertThat(jdbc.queryForObject("select count(*) from programme_report where programme_code = ? and final_report"
                + " and published_at is not null and year(published_at) = ?", Integer.class, code, lastYear)).isEqualTo(1);
        HttpCalls api = new HttpCalls(port);
        HttpCalls.Reply report = api.as("siti", "GET", "/api/programmes/" + code + "/report", null);
        assertThat(report.status()).isEqualTo(200);
        JsonNode figures = report.body().get("figures");
        assertThat(figures.get("cases").asInt()).isEqualTo(DemoYear.PROGRAMME.size());
        assertThat(figures.get("closed").asInt()).isEqualTo(DemoYear.PROGRAMME.size());
        for (String figure : List.of("reactionMean", "gainMean", "transferMean", "remedialRate", "attendanceRate", "jpCredited")) {
            assertThat(figures.get(figure).get("value").isNumber()).as(figure).isTrue();
        }
        assertThat(figures.get("attendanceRate").get("value").asDouble()).isLessThan(1.0);
        assertThat(report.body().get("indicators")).isNotEmpty();
        // the heads of the programme's three units gave their view of it (and the report waited for them)
        assertThat(report.body().get("unitViews").findValuesAsText("unit")).containsExactly("Bidang Aplikasi Informatika",
                "Bidang Informasi dan Komunikasi Publik", "Bidang Statistik Sektoral");
        assertThat(report.body().get("unitViews").findValuesAsText("answered")).containsOnly("true");
        // its free-text answers from every source the year has: surveys, interviews, decisions, activities, the heads
        assertThat(report.body().get("answers").findValuesAsText("source")).contains("DEVELOPMENT_GOAL", "ACTION_PLAN",
                "BEHAVIOUR_NOTES", "FOLLOW_UP_REASON", "HR_REVIEW_NOTE", "ACTIVITY_ACTION_PLAN", "UNIT_HEAD_CHANGES",
                "UNIT_HEAD_OBSTACLES");
        assertThat(report.body().get("answers").findValuesAsText("role")).contains("PARTICIPANT", "SUPERVISOR", "HR",
                "UNIT_HEAD");
        // the published version counts the themes siti confirmed in its review (the heads' network and workload)
        JsonNode published = new com.fasterxml.jackson.databind.ObjectMapper().readTree(jdbc.queryForObject("select report_json from programme_report"
                + " where programme_code = ? and published_at is not null", String.class, code));
        assertThat(published.get("themes").findValuesAsText("theme")).contains("SARANA_TEKNOLOGI", "BEBAN_KERJA");
        String page = api.as("siti", "GET", "/laporan/program/" + code, null).text();
        assertThat(page).contains("id=\"chart-gain\"", "id=\"chart-jp\"").doesNotContain("belum ada");

        String agency = URLEncoder.encode(DemoData.AGENCY, StandardCharsets.UTF_8);
        JsonNode siasn = api.as("siti", "GET", "/api/jp/siasn?agency=" + agency + "&year=" + lastYear + "&format=json",
                null).body();
        assertThat(siasn).hasSizeGreaterThan(10);
        // beside the courses: a coaching by a unit head, a seminar claimed and verified, an e-learning verified and an
        // internship assessed by its mentor, each in the export by its kind; a further study begun
        assertThat(siasn.findValuesAsText("jenisKursus")).contains("Coaching", "Seminar/Konferensi/Sarasehan",
                "E-Learning", "Magang/Praktik Kerja");
        assertThat(jdbc.queryForList("select kind || ' ' || status from development_activity order by id", String.class))
                .containsExactly("COACHING COMPLETED", "E_LEARNING COMPLETED", "MAGANG COMPLETED", "TUGAS_BELAJAR STARTED",
                        "E_LEARNING IN_PROGRESS", "BIMBINGAN_TEMPAT_KERJA STARTED");
        assertThat(jdbc.queryForList("select status from learning_claim", String.class)).containsExactly("VERIFIED");
        // (90 + 120 + 90) / 45 = 6.67 JP; 600 / 45 = 13.33 JP; 720 / 45 = 16 JP; 2160 / 45 = 48 JP
        assertThat(jdbc.queryForList("select jp from jp_ledger_entry where kind <> 'PELATIHAN' and ledger_year = ?"
                + " order by jp", java.math.BigDecimal.class, lastYear)).extracting(java.math.BigDecimal::toPlainString)
                .containsExactly("6.67", "13.33", "16.00", "48.00");
        // the agency's annual plan of that year, set by budi, its courses realised against it
        assertThat(jdbc.queryForList("select status || ' ' || decided_by from agency_plan where plan_year = ?",
                String.class, lastYear)).containsExactly("APPROVED budi");
        String plan = api.as("budi", "GET", "/laporan/rencana?instansi=" + agency + "&tahun=" + lastYear, null).text();
        assertThat(plan).contains("ditetapkan oleh Budi Santoso").contains("Di luar rencana").doesNotContain("Belum ada");
    }

    @Test
    void thisYearHasOpenCasesAtDifferentStepsAndLeavesAndiAndDewiFree() {
        int year = lastYear + 1;
        List<String> steps = jdbc.queryForList("select distinct t.task_def_key_ from act_ru_task t join act_ru_execution e"
                + " on e.proc_inst_id_ = t.proc_inst_id_ and e.business_key_ like ?", String.class, "KMP-" + year + "-%");
        assertThat(steps).contains("Task_FillNeedsSurvey", "Task_AssessCompetencies", "Task_ProposeDevelopmentPlan",
                "Task_ApproveDevelopmentPlan", "Task_ScheduleTraining",
                "Task_RecordTrainingResults", "Task_FillPostTrainingSurvey", "Task_ConductSupervisorInterview");
        // and an activity of each new family at a step of its own, for HR and a mentor
        assertThat(jdbc.queryForList("select task_def_key_ from act_ru_task", String.class)).contains(
                "Task_VerifySelfPacedCompletion", "Task_AssessPlacement", "Task_RecordStudySemester");
        assertThat(jdbc.queryForObject("select count(*) from activity_semester", Integer.class)).isEqualTo(1);
        // this year's annual plan, prepared by HR, waits for budi to set it
        assertThat(jdbc.queryForList("select t.assignee_ from act_ru_task t where t.task_def_key_ = ?", String.class,
                "Task_ApproveAgencyPlan")).containsExactly("budi");
        assertThat(jdbc.queryForObject("select count(*) from competency_case where cycle_year = ? and outcome = 'COMPLETED'",
                Integer.class, year)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from competency_case where cycle_year = ? and employee_nip in (?, ?)",
                Integer.class, year, DemoData.ANDI_NIP, DemoData.DEWI_NIP)).isZero();
        // the clock is the system's again
        assertThat(jdbc.queryForObject("select max(opened_at) from competency_case", java.sql.Timestamp.class).toInstant())
                .isBefore(java.time.Instant.now());
    }
}
