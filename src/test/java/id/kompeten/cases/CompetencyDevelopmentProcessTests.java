package id.kompeten.cases;

import static id.kompeten.cases.CaseDriver.interview;
import static id.kompeten.cases.CaseDriver.needsSurvey;
import static id.kompeten.cases.CaseDriver.postTrainingSurvey;
import static id.kompeten.cases.CaseDriver.ratings;
import static id.kompeten.cases.CaseDriver.results;
import static id.kompeten.cases.CaseDriver.vars;
import static id.kompeten.process.CaseProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;

import id.kompeten.process.CaseVariables;
import id.kompeten.process.ProgrammeProcess;
import id.kompeten.demo.DemoData;
import id.kompeten.training.EnrollmentChanges;
import id.kompeten.training.ProgrammeBudget;
import id.kompeten.training.ProgrammeBudgetRepository;
import id.kompeten.training.TrainingCourseRepository;
import id.kompeten.training.TrainingMode;
import id.kompeten.training.TrainingSession;
import id.kompeten.training.TrainingSessionRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every path of CompetencyDevelopmentProcess, on the real engine, delegates, DMN and database, with the demo
 * employee andi (Pranata Komputer: T-LPE level 3, M-KOM 3, SK-PB 2) and his supervisor budi.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, CompetencyDevelopmentProcessTests.Coverage.class})
class CompetencyDevelopmentProcessTests {

    @TestConfiguration
    static class Coverage {
        @Bean
        @Primary // the library has its own default; without this it silently uses that and asserts nothing
        ProcessEngineCoverageProperties coverageProperties() {
            return ProcessEngineCoverageProperties.Companion.builder()
                    .excludeProcessDefinitionKeys("TrainingProgramProcess") // ProgrammeProcessTests covers it
                    .assertClassCoverageAtLeast(0.9)
                    .build();
        }
    }

    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired CompetencyCases cases;
    @Autowired CaseRepository caseRepository;
    @Autowired ProgrammeBudgetRepository budgets;
    @Autowired TrainingCourseRepository courses;
    @Autowired TrainingSessionRepository sessions;
    @Autowired EnrollmentChanges enrollmentChanges;
    CaseDriver driver;
    int year = Year.now().getValue();

    @BeforeEach
    void setUp() {
        init(engine);
        driver = new CaseDriver(engine, jdbc);
        driver.reset();
    }

    @AfterEach
    void tearDown() {
        reset();
    }

    ProcessInstance openCase() {
        CompetencyCase opened = cases.open(DemoData.ANDI_NIP, year, "siti");
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(opened.getProcessInstanceId()).singleResult();
        assertThat(instance).isWaitingAt("Event_NotifyNeedsSurvey", "Event_NotifyAssessment");
        driver.settle(instance);
        return instance;
    }

    /** Needs survey and assessment with a gap of 1 on T-LPE only (self 2, supervisor 2, required 3). */
    ProcessInstance openCaseNeedingTraining() {
        ProcessInstance instance = openCase();
        assertThat(instance).isWaitingAt(TASK_FILL_NEEDS_SURVEY, TASK_ASSESS_COMPETENCIES);
        assertThat(driver.task(instance, TASK_FILL_NEEDS_SURVEY)).isAssignedTo("andi");
        assertThat(driver.task(instance, TASK_ASSESS_COMPETENCIES)).isAssignedTo("budi");
        driver.complete(instance, TASK_FILL_NEEDS_SURVEY, "andi", needsSurvey(Map.of("T-LPE", 2, "M-KOM", 3, "SK-PB", 2)));
        driver.complete(instance, TASK_ASSESS_COMPETENCIES, "budi",
                ratings("supervisorRatings", Map.of("T-LPE", 2, "M-KOM", 3, "SK-PB", 2)));
        assertThat(instance).hasPassed("Task_EvaluateTrainingNeeds").isWaitingAt(TASK_PROPOSE_DEVELOPMENT_PLAN)
                .variables().containsEntry(CaseVariables.TRAINING_NEED_COUNT, 1);
        driver.planCourses(instance, "andi", "budi");
        assertThat(instance).hasPassed("Task_CheckPlanBudget", "Task_StartPlannedActivities")
                .isWaitingAt(TASK_SCHEDULE_TRAINING);
        assertThat(driver.task(instance, TASK_SCHEDULE_TRAINING)).hasCandidateGroup("hr-staff");
        return instance;
    }

    /** Schedules the already-run SPBE session, lets its end timer fire, and records the results. */
    void trainAndRecord(ProcessInstance instance, String sessionLabel, int pre, int post) {
        driver.complete(instance, TASK_SCHEDULE_TRAINING, "siti",
                vars(CaseVariables.TRAINING_SESSION_ID, driver.offeredSession(instance, sessionLabel)));
        assertThat(instance).hasPassed("Event_SendInvitation").isWaitingAt("TimerEvent_DayBeforeTraining");
        driver.runJob(instance);
        assertThat(instance).hasPassed("Event_SendTrainingReminder", "TimerEvent_TrainingEnded");
        driver.complete(instance, TASK_RECORD_TRAINING_RESULTS, "siti", results(true, 900, pre, post));
        assertThat(instance).isWaitingAt(TASK_FILL_POST_TRAINING_SURVEY);
    }

    void surveyAndInterview(ProcessInstance instance, int likert, int onTheJobRating) {
        driver.complete(instance, TASK_FILL_POST_TRAINING_SURVEY, "andi", postTrainingSurvey(likert));
        assertThat(instance).hasPassed("Task_EvaluateReactionAndLearning").isWaitingAt("TimerEvent_OnTheJobPeriodElapsed");
        driver.runJob(instance);
        assertThat(driver.task(instance, TASK_CONDUCT_SUPERVISOR_INTERVIEW)).isAssignedTo("budi");
        driver.complete(instance, TASK_CONDUCT_SUPERVISOR_INTERVIEW, "budi", interview(Map.of("T-LPE", onTheJobRating)));
    }

    @Test
    void closesCaseWithoutTrainingWhenNoCompetencyGap() {
        ProcessInstance instance = openCase();
        driver.complete(instance, TASK_FILL_NEEDS_SURVEY, "andi", needsSurvey(Map.of("T-LPE", 3, "M-KOM", 4, "SK-PB", 2)));
        driver.complete(instance, TASK_ASSESS_COMPETENCIES, "budi",
                ratings("supervisorRatings", Map.of("T-LPE", 3, "M-KOM", 3, "SK-PB", 3)));

        assertThat(instance).hasPassed("Task_CloseCaseNoNeed", "EndEvent_CaseClosedNoNeed")
                .hasNotPassed(TASK_SCHEDULE_TRAINING).isEnded();
        CompetencyCase closed = caseRepository.findByProcessInstanceId(instance.getId()).orElseThrow();
        Assertions.assertThat(closed.getOutcome()).isEqualTo(CaseOutcome.NO_NEED);
        Assertions.assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void completesCaseAndCreditsJpWhenCompetencyMasteredOnTheJob() {
        ProcessInstance instance = openCaseNeedingTraining();
        trainAndRecord(instance, "Layanan Publik Berbasis Elektronik", 40, 70);
        surveyAndInterview(instance, 4, 5);

        // gain (70 - 40) / (100 - 40) = 0.5; reaction (4 - 1) / 4 x 100 = 75; transfer (5 - 1) / 4 x 100 = 100
        assertThat(instance).hasPassed("Task_DecideFollowUp", "Task_CloseCaseCompleted", "EndEvent_CaseCompleted")
                .isEnded();
        CompetencyCase closed = caseRepository.findByProcessInstanceId(instance.getId()).orElseThrow();
        Assertions.assertThat(closed.getOutcome()).isEqualTo(CaseOutcome.COMPLETED);
        // 900 minutes / 45 = 20 JP
        Assertions.assertThat(closed.getJpCredited()).isEqualByComparingTo("20");
        Assertions.assertThat(jdbc.queryForObject("select score from evaluation_result where measure = 'LEARNING_GAIN'",
                BigDecimal.class)).isEqualByComparingTo("0.5");
        Assertions.assertThat(jdbc.queryForObject("select score from evaluation_result where measure = 'REACTION'",
                BigDecimal.class)).isEqualByComparingTo("75");
    }

    @Test
    void remedialRoundApprovedSchedulesOnlyUnmasteredCompetenciesThenCompletes() {
        ProcessInstance instance = openCaseNeedingTraining();
        trainAndRecord(instance, "Layanan Publik Berbasis Elektronik", 40, 70);
        surveyAndInterview(instance, 4, 3);

        assertThat(instance).isWaitingAt(TASK_APPROVE_FOLLOW_UP_TRAINING).variables()
                .containsEntry(CaseVariables.FOLLOW_UP, "REMEDIAL").containsEntry(CaseVariables.UNMASTERED_COMPETENCIES, 1);
        // the supervisor reads the round in Indonesian: a decimal comma, the decision in words, no code
        Assertions.assertThat((String) engine.getRuntimeService().getVariable(instance.getId(),
                        CaseVariables.FOLLOW_UP_SUMMARY))
                .contains("gain 0,5", "Keputusan: pelatihan lanjutan (remedial)").doesNotContain("REMEDIAL", "0.5");
        assertThat(driver.task(instance, TASK_APPROVE_FOLLOW_UP_TRAINING)).isAssignedTo("budi");
        driver.complete(instance, TASK_APPROVE_FOLLOW_UP_TRAINING, "budi", vars(CaseVariables.FOLLOW_UP_APPROVED, "true"));

        assertThat(instance).hasPassed("Task_StartNextRound").isWaitingAt(TASK_SCHEDULE_TRAINING).variables()
                .containsEntry(CaseVariables.ROUND, 2).containsEntry(CaseVariables.TRAINING_NEED_COUNT, 1);
        Assertions.assertThat(jdbc.queryForList("select competency_code from training_need where round = 2", String.class))
                .containsExactly("T-LPE");
        // round 2: the session already taken is no longer offered; the one ahead is
        trainAndRecord(instance, "Layanan Publik Berbasis Elektronik", 60, 90);
        surveyAndInterview(instance, 5, 4);

        assertThat(instance).hasPassed("EndEvent_CaseCompleted").isEnded();
        CompetencyCase closed = caseRepository.findByProcessInstanceId(instance.getId()).orElseThrow();
        Assertions.assertThat(closed.getRound()).isEqualTo(2);
        // two sessions of 900 minutes: 20 + 20 JP
        Assertions.assertThat(closed.getJpCredited()).isEqualByComparingTo("40");
        Assertions.assertThat(jdbc.queryForObject("select count(distinct session_id) from enrollment", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void closesCaseWithReasonWhenSupervisorRejectsFollowUp() {
        ProcessInstance instance = openCaseNeedingTraining();
        trainAndRecord(instance, "Layanan Publik Berbasis Elektronik", 40, 70);
        surveyAndInterview(instance, 4, 2);
        driver.complete(instance, TASK_APPROVE_FOLLOW_UP_TRAINING, "budi",
                vars(CaseVariables.FOLLOW_UP_APPROVED, "false", "followUpNote", "Dibimbing langsung oleh atasan"));

        assertThat(instance).hasPassed("Task_CloseCaseFollowUpRejected", "EndEvent_CaseClosedFollowUpRejected").isEnded();
        CompetencyCase closed = caseRepository.findByProcessInstanceId(instance.getId()).orElseThrow();
        Assertions.assertThat(closed.getOutcome()).isEqualTo(CaseOutcome.FOLLOW_UP_REJECTED);
        Assertions.assertThat(closed.getOutcomeReason()).isEqualTo("Dibimbing langsung oleh atasan");
        Assertions.assertThat(closed.getJpCredited()).isEqualByComparingTo("20");
    }

    @Test
    void escalatesToHrWhenTrainingHadNoEffectAndHrClosesTheCase() {
        ProcessInstance instance = openCaseNeedingTraining();
        // gain (50 - 50) / 50 = 0 and reaction (2 - 1) / 4 x 100 = 25: the DMN escalates instead of repeating
        trainAndRecord(instance, "Layanan Publik Berbasis Elektronik", 50, 50);
        surveyAndInterview(instance, 2, 2);

        assertThat(instance).isWaitingAt(TASK_REVIEW_ESCALATED_CASE).variables()
                .containsEntry(CaseVariables.FOLLOW_UP, "ESCALATE");
        assertThat(driver.task(instance, TASK_REVIEW_ESCALATED_CASE)).hasCandidateGroup("hr-staff");
        driver.complete(instance, TASK_REVIEW_ESCALATED_CASE, "siti",
                vars(CaseVariables.ESCALATION_RESOLUTION, "CLOSE", "escalationNotes", "Dialihkan ke program mentoring"));

        assertThat(instance).hasPassed("Task_CloseCaseByHr", "EndEvent_CaseClosedByHr").isEnded();
        Assertions.assertThat(caseRepository.findByProcessInstanceId(instance.getId()).orElseThrow().getOutcome())
                .isEqualTo(CaseOutcome.CLOSED_BY_HR);
    }

    @Test
    void escalatesWhenRoundsRunOutAndHrMayGrantAnotherRound() {
        ProcessInstance instance = openCaseNeedingTraining();
        trainAndRecord(instance, "Layanan Publik Berbasis Elektronik", 40, 70);
        surveyAndInterview(instance, 4, 3);
        driver.complete(instance, TASK_APPROVE_FOLLOW_UP_TRAINING, "budi", vars(CaseVariables.FOLLOW_UP_APPROVED, "true"));
        trainAndRecord(instance, "Layanan Publik Berbasis Elektronik", 40, 70);
        surveyAndInterview(instance, 4, 3);

        // round 2 of at most 2: still unmastered, so HR decides
        assertThat(instance).isWaitingAt(TASK_REVIEW_ESCALATED_CASE);
        driver.complete(instance, TASK_REVIEW_ESCALATED_CASE, "siti",
                vars(CaseVariables.ESCALATION_RESOLUTION, "NEW_ROUND", "escalationNotes", "Satu kesempatan lagi"));
        assertThat(instance).hasPassed("Task_StartNextRound").isWaitingAt(TASK_SCHEDULE_TRAINING).variables()
                .containsEntry(CaseVariables.ROUND, 3);
    }

    @Test
    void absentParticipantGoesBackToScheduling() {
        ProcessInstance instance = openCaseNeedingTraining();
        driver.complete(instance, TASK_SCHEDULE_TRAINING, "siti",
                vars(CaseVariables.TRAINING_SESSION_ID, driver.offeredSession(instance, "Layanan Publik Berbasis Elektronik")));
        driver.runJob(instance);
        driver.complete(instance, TASK_RECORD_TRAINING_RESULTS, "siti", results(false, null, null, null));

        assertThat(instance).hasPassed("Gateway_TrainingAttended").isWaitingAt(TASK_SCHEDULE_TRAINING)
                .hasNotPassed(TASK_FILL_POST_TRAINING_SURVEY);
        Assertions.assertThat(jdbc.queryForObject("select status from enrollment", String.class)).isEqualTo("ABSENT");
    }

    @Test
    void refusedEnrollmentReturnsToHrWithTheReason() {
        int thisYear = Year.now().getValue();
        ProgrammeBudget empty = budgets.save(new ProgrammeBudget("HABIS-" + thisYear, "Anggaran Habis", DemoData.AGENCY,
                thisYear, BigDecimal.ZERO));
        Instant start = Instant.now().plus(5, ChronoUnit.DAYS);
        TrainingSession unaffordable = sessions.save(new TrainingSession(courses.findById("SPBE-01").orElseThrow(), empty,
                TrainingMode.KLASIKAL, start, start.plus(8, ChronoUnit.HOURS), "Aula", null, 10,
                new BigDecimal("1000000"), 420));
        try {
            ProcessInstance instance = openCaseNeedingTraining();
            // the form no longer offers it (SessionOfferTests); the enrolment still refuses it, as when the budget
            // ran out between HR's choice and the enrolment: HR's choice arrives at the enrolment as it would then
            engine.getRuntimeService().createProcessInstanceModification(instance.getId())
                    .cancelAllForActivity(TASK_SCHEDULE_TRAINING)
                    .startBeforeActivity("Task_EnrollParticipant")
                    .setVariable(CaseVariables.TRAINING_SESSION_ID, unaffordable.getId())
                    .execute();
            driver.settle(instance);

            assertThat(instance).hasPassed("BoundaryEvent_EnrollmentRefused").isWaitingAt(TASK_SCHEDULE_TRAINING);
            Assertions.assertThat((String) engine.getRuntimeService().getVariable(instance.getId(),
                    CaseVariables.ENROLLMENT_REFUSAL)).startsWith("Anggaran Anggaran Habis tidak cukup");
            // back at scheduling, the form says why the session is not on offer
            Assertions.assertThat((String) engine.getFormService().getTaskFormVariables(driver.task(instance,
                    TASK_SCHEDULE_TRAINING).getId()).get(CaseVariables.SESSIONS_NOT_OFFERED)).contains("Anggaran Anggaran Habis tidak cukup");
            Assertions.assertThat(jdbc.queryForObject("select count(*) from enrollment", Integer.class)).isZero();
        } finally {
            driver.reset();
            sessions.delete(unaffordable);
            budgets.delete(empty);
        }
    }

    @Test
    void remindsAndEscalatesEveryTaskLeftUndoneWithoutTakingItAway() {
        ProcessInstance instance = openCase();
        // needs survey: reminder + escalation; assessment: reminder + escalation
        Assertions.assertThat(driver.fireOverdueTimers(instance)).isEqualTo(4);
        driver.complete(instance, TASK_FILL_NEEDS_SURVEY, "andi", needsSurvey(Map.of("T-LPE", 2, "M-KOM", 3, "SK-PB", 2)));
        driver.complete(instance, TASK_ASSESS_COMPETENCIES, "budi",
                ratings("supervisorRatings", Map.of("T-LPE", 2, "M-KOM", 3, "SK-PB", 2)));
        Assertions.assertThat(driver.fireOverdueTimers(instance)).as("the plan's proposal: reminder only").isEqualTo(1);
        driver.planCourses(instance, "andi", "budi");
        for (int round = 1; round <= 2; round++) {
            Assertions.assertThat(driver.fireOverdueTimers(instance)).as("scheduling: reminder only").isEqualTo(1);
            driver.complete(instance, TASK_SCHEDULE_TRAINING, "siti",
                    vars(CaseVariables.TRAINING_SESSION_ID, driver.offeredSession(instance, "Layanan Publik Berbasis Elektronik")));
            driver.runJob(instance);
            Assertions.assertThat(driver.fireOverdueTimers(instance)).isEqualTo(1);
            driver.complete(instance, TASK_RECORD_TRAINING_RESULTS, "siti", results(true, 900, 40, 70));
            Assertions.assertThat(driver.fireOverdueTimers(instance)).isEqualTo(2);
            driver.complete(instance, TASK_FILL_POST_TRAINING_SURVEY, "andi", postTrainingSurvey(4));
            driver.runJob(instance);
            Assertions.assertThat(driver.fireOverdueTimers(instance)).isEqualTo(2);
            driver.complete(instance, TASK_CONDUCT_SUPERVISOR_INTERVIEW, "budi", interview(Map.of("T-LPE", 3)));
            if (round == 1) {
                Assertions.assertThat(driver.fireOverdueTimers(instance)).isEqualTo(2);
                driver.complete(instance, TASK_APPROVE_FOLLOW_UP_TRAINING, "budi", vars(CaseVariables.FOLLOW_UP_APPROVED, "true"));
                assertThat(instance).hasPassed("Event_NotifyFollowUpApproved");
            }
        }
        Assertions.assertThat(driver.fireOverdueTimers(instance)).as("escalated review: reminder only").isEqualTo(1);
        driver.complete(instance, TASK_REVIEW_ESCALATED_CASE, "siti",
                vars(CaseVariables.ESCALATION_RESOLUTION, "CLOSE", "escalationNotes", "Dialihkan ke program mentoring"));

        assertThat(instance).hasPassed("EndEvent_NeedsSurveyReminderSent", "EndEvent_NeedsSurveyEscalationSent",
                "EndEvent_AssessmentReminderSent", "EndEvent_AssessmentEscalationSent", "EndEvent_SchedulingReminderSent",
                "EndEvent_ResultsReminderSent", "EndEvent_PostTrainingSurveyReminderSent",
                "EndEvent_PostTrainingSurveyEscalationSent", "EndEvent_InterviewReminderSent",
                "EndEvent_InterviewEscalationSent", "EndEvent_ApprovalReminderSent", "EndEvent_ApprovalEscalationSent",
                "EndEvent_EscalationReviewReminderSent", "EndEvent_CaseClosedByHr").isEnded();
        // no SMTP server in this profile: recorded with the case, each once
        Assertions.assertThat(jdbc.queryForList("select kind || ' ' || recipient from email_message "
                + "where kind in ('TASK_REMINDER', 'TASK_ESCALATION') and step like 'EndEvent_NeedsSurvey%'", String.class))
                .containsExactlyInAnyOrder("TASK_REMINDER andi", "TASK_ESCALATION budi");
        Assertions.assertThat(jdbc.queryForList("select distinct status from email_message", String.class))
                .containsExactly("MAIL_DISABLED");
    }

    /** A session still ahead, so its enrolment can be changed before it starts. */
    TrainingSession sessionAhead() {
        return sessions.findAll().stream().filter(s -> s.getCourse().getCode().equals("SPBE-01")
                && s.getStartsAt().isAfter(Instant.now().plus(2, ChronoUnit.DAYS))).findFirst().orElseThrow();
    }

    @Test
    void cancelledEnrollmentGoesBackToScheduling() {
        ProcessInstance instance = openCaseNeedingTraining();
        driver.complete(instance, TASK_SCHEDULE_TRAINING, "siti",
                vars(CaseVariables.TRAINING_SESSION_ID, String.valueOf(sessionAhead().getId())));
        assertThat(instance).isWaitingAt("TimerEvent_DayBeforeTraining");

        enrollmentChanges.cancel(caseRepository.findByProcessInstanceId(instance.getId()).orElseThrow().getCaseNumber(),
                "Peserta ditugaskan ke luar kota");
        driver.settle(instance);

        assertThat(instance).hasPassed("BoundaryEvent_EnrollmentCancelled", "Event_SendCancellation")
                .isWaitingAt(TASK_SCHEDULE_TRAINING);
        Assertions.assertThat(jdbc.queryForObject("select status from enrollment", String.class)).isEqualTo("CANCELLED");
    }

    @Test
    void rescheduledSessionUpdatesTheInviteAndWaitsForTheNewDate() {
        TrainingSession ahead = sessionAhead();
        Instant start = ahead.getStartsAt();
        Instant end = ahead.getEndsAt();
        try {
            ProcessInstance instance = openCaseNeedingTraining();
            driver.complete(instance, TASK_SCHEDULE_TRAINING, "siti",
                    vars(CaseVariables.TRAINING_SESSION_ID, String.valueOf(ahead.getId())));

            enrollmentChanges.reschedule(ahead.getId(), start.plus(2, ChronoUnit.DAYS), end.plus(2, ChronoUnit.DAYS),
                    ahead.getLocation(), ahead.getOnlineLink());
            driver.settle(instance);

            assertThat(instance).hasPassed("BoundaryEvent_SessionRescheduled", "Event_SendInvitationUpdate")
                    .isWaitingAt("TimerEvent_DayBeforeTraining");
            Assertions.assertThat(((java.util.Date) engine.getRuntimeService().getVariable(instance.getId(),
                    CaseVariables.TRAINING_ENDS_AT)).toInstant()).isEqualTo(end.plus(2, ChronoUnit.DAYS));
            Assertions.assertThat(jdbc.queryForObject("select invite_sequence from enrollment", Integer.class)).isEqualTo(1);
            driver.runJob(instance);
            assertThat(instance).isWaitingAt(TASK_RECORD_TRAINING_RESULTS);
        } finally {
            driver.reset();
            enrollmentChanges.reschedule(ahead.getId(), start, end, ahead.getLocation(), ahead.getOnlineLink());
        }
    }
}
