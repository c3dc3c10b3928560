package id.kompeten.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kompeten.KompetenApplication;
import id.kompeten.cases.CompetencyCases;
import id.kompeten.demo.DemoData;
import id.kompeten.process.CaseProcess;
import id.kompeten.programme.Programmes;
import id.kompeten.report.ProgrammeEvidence;
import id.kompeten.report.ProgrammeReport;
import id.kompeten.report.ReportAssembly;
import id.kompeten.report.ReportVersions;
import id.kompeten.security.HttpCalls;
import java.time.Year;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The production profile on a real PostgreSQL server: our schema and Camunda's created on it, no user but
 * the administrator from the environment, Secure session cookies, a case opened and run to its first tasks;
 * and the refusals: no administrator password, a weak one, demo users on PostgreSQL. Runs in a JVM of its
 * own (pom.xml, execution "postgres").
 */
class PostgresProductionTests {

    static PostgresServer postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = PostgresServer.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    SpringApplicationBuilder application(String profiles, Map<String, Object> properties) {
        Map<String, Object> all = new java.util.HashMap<>(Map.of(
                "KOMPETEN_DB_URL", postgres.jdbcUrl(),
                "KOMPETEN_DB_USER", "kompeten",
                "KOMPETEN_DB_PASSWORD", "",
                "KOMPETEN_MAIL_BASEURL", "https://kompeten.example",
                "KOMPETEN_MAIL_LINKSECRET", "kunci-uji-tautan"));
        all.putAll(properties);
        return new SpringApplicationBuilder(KompetenApplication.class).profiles(profiles.split(",")).properties(all);
    }

    /** Arguments outrank application.yaml (the builder's properties are only defaults). */
    static final String[] ARGUMENTS = {"--server.port=0", "--camunda.bpm.job-execution.enabled=false"};

    @Test
    void productionOnPostgresHasOnlyTheAdministratorFromTheEnvironment() throws Exception {
        try (ConfigurableApplicationContext app = application("postgres,production",
                Map.of("KOMPETEN_ADMIN_PASSWORD", "Rahasia#Kuat2026")).run(ARGUMENTS)) {
            IdentityService identity = app.getBean(ProcessEngine.class).getIdentityService();
            assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly("admin");
            assertThat(identity.createGroupQuery().groupMember("admin").list()).extracting(g -> g.getId())
                    .contains("camunda-admin");
            assertThat(identity.createGroupQuery().list()).extracting(g -> g.getId())
                    .contains("participants", "supervisors", "hr-staff");

            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpCalls api = new HttpCalls(port);
            assertThat(api.call("admin", "Rahasia#Kuat2026", "GET", "/engine-rest/user?maxResults=10", null, Map.of())
                    .status()).isEqualTo(200);
            assertThat(api.call("siti", "demo", "GET", "/api/cases/KMP-2026-000001", null, Map.of()).status())
                    .isEqualTo(401);
            String cookie = api.call(null, null, "GET", "/camunda/app/tasklist/default/", null, Map.of()).raw()
                    .headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                    .findFirst().orElseThrow();
            assertThat(cookie).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
            assertThat(cookie.split("(?i)SameSite", -1)).as("SameSite once: " + cookie).hasSize(2);
            assertThat(cookie.split("Secure", -1)).as("Secure once: " + cookie).hasSize(2);

            // the schema works on PostgreSQL: a case opens (case-number sequence) and reaches its first tasks
            app.getBean(DemoData.class).load();
            String caseNumber = app.getBean(CompetencyCases.class).open(DemoData.ANDI_NIP, Year.now().getValue(), "admin")
                    .getCaseNumber();
            assertThat(caseNumber).isEqualTo("KMP-" + Year.now().getValue() + "-000001");
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            ManagementService management = engine.getManagementService();
            // the email steps, then the jobs that send what they recorded
            for (int pass = 0; pass < 3; pass++) {
                for (Job job : management.createJobQuery().messages().list()) {
                    management.executeJob(job.getId());
                }
            }
            assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).list())
                    .extracting(t -> t.getTaskDefinitionKey())
                    .containsExactlyInAnyOrder(CaseProcess.TASK_FILL_NEEDS_SURVEY, CaseProcess.TASK_ASSESS_COMPETENCIES);
            assertThat(app.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForObject("select count(*) from email_message where status = 'MAIL_DISABLED'", Integer.class))
                    .isEqualTo(2);
            // an employee's unit, and no blank one; the supervisor's list ordered by staff member runs on PostgreSQL
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select unit from employee where nip = ?", String.class, DemoData.ANDI_NIP))
                    .isEqualTo(DemoData.SECRETARIAT);
            assertThatThrownBy(() -> jdbc.update("update employee set unit = ' ' where nip = ?", DemoData.ANDI_NIP))
                    .isInstanceOf(DataIntegrityViolationException.class);
            String byStaff = engine.getFilterService().createFilterQuery().filterName("Tugas saya per staf").singleResult()
                    .getId();
            engine.getIdentityService().setAuthentication("budi", java.util.List.of("supervisors"));
            try {
                assertThat(engine.getFilterService().listPage(byStaff,
                        engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc(), 0, 15))
                        .extracting(t -> t.getTaskDefinitionKey()).containsExactly(CaseProcess.TASK_ASSESS_COMPETENCIES);
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
            // the report reads its read model (the report_* views) on PostgreSQL: a programme's report and the year's
            int year = Year.now().getValue();
            app.getBean(Programmes.class).create(new Programmes.NewProgramme("PG-" + year, "Uji PostgreSQL",
                    DemoData.AGENCY, year, "PK-" + year, null, java.util.List.of(new Programmes.Goal("gainMean",
                    new java.math.BigDecimal("0.3"), "Rata-rata minimal 0,3")), java.util.List.of("T-LPE"),
                    java.util.List.of(DemoData.DEWI_NIP)), "admin", agency -> true);
            ProgrammeReport programme = app.getBean(ReportAssembly.class).report("PG-" + year, agency -> true).orElseThrow();
            assertThat(programme.figures().cases()).isEqualTo(1);
            assertThat(programme.goals()).extracting(ProgrammeReport.GoalResult::figure).containsExactly("gainMean");
            assertThat(programme.competencies()).extracting(ProgrammeEvidence.TargetCompetency::code).containsExactly("T-LPE");
            assertThat(programme.jpCompliance().participants()).isEqualTo(1);
            assertThat(app.getBean(ReportVersions.class).published("PG-" + year)).isEmpty();
            ProgrammeReport agencyYear = app.getBean(ReportAssembly.class).agencyReport(DemoData.AGENCY, year);
            assertThat(agencyYear.figures().cases()).isEqualTo(2);
            assertThat(agencyYear.methodology().instruments()).hasSize(7);
            assertThat(agencyYear.jpCompliance().participants()).isGreaterThan(2);
        }
    }

    @Test
    void productionRefusesToStartWithoutAnAdministratorPassword() {
        assertThatThrownBy(() -> application("postgres,production", Map.of()).run(ARGUMENTS).close())
                .hasStackTraceContaining("The production profile needs KOMPETEN_ADMIN_PASSWORD");
    }

    @Test
    void productionRefusesAWeakAdministratorPassword() {
        assertThatThrownBy(() -> application("postgres,production", Map.of("KOMPETEN_ADMIN_USER", "admin2",
                "KOMPETEN_ADMIN_PASSWORD", "demo")).run(ARGUMENTS).close())
                .hasStackTraceContaining("Password does not match policy");
    }

    @Test
    void demoUsersAreRefusedOnPostgres() {
        assertThatThrownBy(() -> application("postgres,demo", Map.of()).run(ARGUMENTS).close())
                .hasStackTraceContaining("refused on PostgreSQL");
    }
}
