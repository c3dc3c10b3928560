package id.kompeten.activity;

import id.kompeten.cases.CaseDriver;
import id.kompeten.process.ActivityProcess;
import id.kompeten.process.AgencyPlanProcess;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.ClaimProcess;
import id.kompeten.process.ProgrammeProcess;
import id.kompeten.security.HttpCalls;
import id.kompeten.security.TestUsers;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every family's process test stands on: the application on a random port with authorizations on, the demo's
 * people, a clean database before each test, and the steps taken as those people over HTTP. Each subclass imports
 * the coverage of its own process ({@link #coverageOf}), so each asserts that every path of its family is walked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class ActivityProcessBase {

    /** Every process the application deploys: a family's test leaves out all but its own. */
    private static final List<String> PROCESSES = List.of(CaseProcess.PROCESS_ID, ProgrammeProcess.PROCESS_ID,
            ClaimProcess.PROCESS_ID, "JpReminderProcess", ActivityProcess.GUIDED_PROCESS_ID,
            ActivityProcess.EVENT_PROCESS_ID, ActivityProcess.SELF_PACED_PROCESS_ID,
            ActivityProcess.PLACEMENT_PROCESS_ID, ActivityProcess.STUDY_PROCESS_ID, AgencyPlanProcess.PROCESS_ID);

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    ActivitySteps steps;
    HttpCalls api;

    @BeforeEach
    void reset() {
        new CaseDriver(engine, jdbc).reset();
        TestUsers.ensureAll(engine);
        steps = new ActivitySteps(port, engine, jdbc);
        api = steps.api;
    }

    /**
     * The coverage of one process, at least 0.9 of its elements over the test class; the bean must be
     * {@code @Primary}: the library has its own default, and without it silently uses that and asserts nothing.
     */
    static ProcessEngineCoverageProperties coverageOf(String processId) {
        if (!PROCESSES.contains(processId)) {
            throw new IllegalArgumentException("not a process of ours: " + processId);
        }
        return ProcessEngineCoverageProperties.Companion.builder()
                .excludeProcessDefinitionKeys(PROCESSES.stream().filter(each -> !each.equals(processId)).toArray(String[]::new))
                .assertClassCoverageAtLeast(0.9)
                .build();
    }
}
