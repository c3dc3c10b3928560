package id.kompeten.report;

import id.kompeten.cases.CaseDriver;
import id.kompeten.demo.DemoData;
import java.time.Year;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark, not a test (run with {@code ./mvnw -Pbenchmark test -Dtest=ReportBenchmark}): the evaluation report
 * of a programme of 1,000, of 10,000 and of 100,000 finished cases (each with needs, an attended session with pre/post tests, a post-training
 * survey, an interview, L1-L3 results and JP), generated with set-based inserts on the in-memory H2 of the
 * tests, in a file database of its own (as the demo's; 100,000 cases do not fit a node's heap in memory).
 * Prints how long the report takes (the figures, the methodology, the JP of every participant, the
 * findings and the goals), the best of five runs after two warm-ups (of two after one over 100,000 cases); then the agency's year over all of them (111,000). It asserts nothing about time: these
 * machines are shared.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReportBenchmark {

    @org.springframework.test.context.DynamicPropertySource
    static void ownFileDatabase(org.springframework.test.context.DynamicPropertyRegistry registry) throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory(java.nio.file.Files.createDirectories(
                java.nio.file.Path.of("target", "benchmark")), "report-");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.toAbsolutePath().resolve("kompeten")
                + ";AUTO_SERVER=FALSE;QUERY_CACHE_SIZE=256");
    }

    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReportAssembly assembly;

    @Test
    void reportOverOneTenAndAHundredThousandCases() {
        new CaseDriver(engine, jdbc).reset();
        int year = Year.now().getValue();
        Long session = jdbc.queryForObject("select min(id) from training_session", Long.class);
        for (int cases : new int[] {1_000, 10_000, 100_000}) {
            String code = "BENCH-" + cases;
            load(code, cases, year, session);
            long best = Long.MAX_VALUE;
            int figures = 0;
            // the best of five after two warm-ups; of two after one over 100,000 cases (each takes seconds)
            int warmUps = cases < 100_000 ? 2 : 1;
            for (int run = 0; run < warmUps + (cases < 100_000 ? 5 : 2); run++) {
                long start = System.nanoTime();
                ProgrammeReport report = assembly.report(code, agency -> true).orElseThrow();
                long took = System.nanoTime() - start;
                figures = report.figures().cases();
                if (run >= warmUps) {
                    best = Math.min(best, took);
                }
            }
            System.out.printf("BENCHMARK programme report over %,d cases (%d in the report): %.1f ms%n", cases,
                    figures, best / 1e6);
        }
        // the agency's year over the three programmes' cases (111,000) and all its employees: best of two after one
        long best = Long.MAX_VALUE;
        int figures = 0;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            figures = assembly.agencyReport(DemoData.AGENCY, year).figures().cases();
            if (run >= 1) {
                best = Math.min(best, System.nanoTime() - start);
            }
        }
        System.out.printf("BENCHMARK agency-year report over %,d cases: %.1f ms%n", figures, best / 1e6);
    }

    /** {@code cases} employees of the demo agency, each with one finished case of the programme. */
    private void load(String code, int cases, int year, long session) {
        String range = " from system_range(1, " + cases + ") r";
        // case numbers have six digits: each programme's own range (10,001-11,000; 100,001-110,000; 200,001-300,000)
        int offset = cases <= 1_000 ? 10_000 : cases <= 10_000 ? 100_000 : 200_000;
        String nip = "'19900101' || lpad(cast(r.x + " + offset + " as varchar), 10, '0')";
        String number = "'KMP-" + year + "-' || lpad(cast(r.x + " + offset + " as varchar), 6, '0')";
        jdbc.update("insert into employee (nip, name, email, username, agency, position_code, supervisor_nip, locale)"
                + " select " + nip + ", 'Pegawai ' || r.x, 'p' || r.x || '@kompeten.example', 'bench' || " + cases
                + " || '-' || r.x, ?, 'PRANATA-KOM', ?, 'id'" + range, DemoData.AGENCY, DemoData.BUDI_NIP);
        jdbc.update("insert into competency_case (case_number, employee_nip, cycle_year, status, round, outcome,"
                + " jp_credited, opened_by, opened_at, closed_at) select " + number + ", " + nip + ", " + year
                + ", 'CLOSED', case when mod(r.x, 5) = 0 then 2 else 1 end, 'COMPLETED', 20, 'siti',"
                + " current_timestamp, current_timestamp" + range);
        jdbc.update("insert into programme (code, name, agency, programme_year, budget_code, created_by, created_at)"
                + " values (?, ?, ?, ?, ?, 'siti', current_timestamp)", code, "Benchmark " + cases, DemoData.AGENCY,
                year, "PK-" + year);
        jdbc.update("insert into programme_participant (programme_code, employee_nip, added_by, added_at) select ?, "
                + nip + ", 'siti', current_timestamp" + range, code);
        jdbc.update("insert into programme_case (programme_code, case_number) select ?, " + number + range, code);
        for (String[] measure : new String[][] {{"REACTION", "50 + mod(r.x, 50)"}, {"RELEVANCE", "40 + mod(r.x, 60)"},
                {"LEARNING_GAIN", "mod(r.x, 100) / 100.0"}, {"TRANSFER", "mod(r.x * 7, 100)"}}) {
            jdbc.update("insert into evaluation_result (case_number, round, measure, score, detail, evaluated_at)"
                    + " select " + number + ", 1, '" + measure[0] + "', " + measure[1] + ", case when '" + measure[0]
                    + "' = 'TRANSFER' and mod(r.x, 4) = 0 then 'T-LPE' end, current_timestamp" + range);
        }
        jdbc.update("insert into training_need (case_number, round, competency_code, required_level, current_level,"
                + " gap, priority, priority_rank) select " + number + ", 1, 'T-LPE', 3, 2, 1, 'HIGH', 1" + range);
        jdbc.update("insert into needs_survey (case_number, development_goal, preferred_mode, submitted_by, submitted_at)"
                + " select " + number + ", 'Tujuan', 'KLASIKAL', 'p', current_timestamp" + range);
        jdbc.update("insert into enrollment (case_number, session_id, employee_nip, round, status, attended_minutes,"
                + " pre_test_score, post_test_score, cost, enrolled_at) select " + number + ", ?, " + nip
                + ", 1, case when mod(r.x, 10) = 0 then 'ABSENT' else 'ATTENDED' end, 900, 40, 70, 4500000,"
                + " current_timestamp" + range, session);
        jdbc.update("insert into post_training_survey (case_number, round, session_id, relevance, material, trainer,"
                + " schedule_fit, overall, confidence, action_plan, submitted_by, submitted_at) select " + number
                + ", 1, ?, 4, 4, 4, 3, 4, 4, 'Rencana', 'p', current_timestamp" + range + " where mod(r.x, 3) <> 0",
                session);
        jdbc.update("insert into supervisor_interview (case_number, round, behaviour_notes, interviewed_by, interviewed_at)"
                + " select " + number + ", 1, 'Catatan', 'budi', current_timestamp" + range);
    }
}
