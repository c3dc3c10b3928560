package id.kompeten.programme;

import static org.assertj.core.api.Assertions.assertThat;

import id.kompeten.cases.CaseDriver;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.ProgrammeProcess;
import id.kompeten.security.HttpCalls;
import id.kompeten.demo.DemoData;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** A programme SPBE-<year> of the demo agency, created by siti over HTTP, and the steps its tests walk. */
public class ProgrammeScenario {

    public final int year = Year.now().getValue();
    public final String code = "SPBE-" + year;
    public final ProcessEngine engine;
    public final CaseDriver driver;
    public final HttpCalls api;

    public ProgrammeScenario(ProcessEngine engine, CaseDriver driver, HttpCalls api) {
        this.engine = engine;
        this.driver = driver;
        this.api = api;
    }

    /** Creates the programme (goal: mean gain at least 0.3, evaluation in 60 days); returns its case numbers. */
    public List<String> create(List<String> participants) throws Exception {
        HttpCalls.Reply created = api.as("siti", "POST", "/api/programmes", Map.of("code", code,
                "name", "Pelatihan SPBE " + year, "agency", DemoData.AGENCY, "year", year, "budgetCode", "PK-" + year,
                "evaluationDate", LocalDate.now().plusDays(60).toString(),
                "goals", List.of(Map.of("figure", "gainMean", "atLeast", 0.3, "description", "Rata-rata peningkatan hasil belajar minimal 0,3")),
                "competencies", List.of("T-LPE"), "participants", participants));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        List<String> numbers = new ArrayList<>();
        created.body().get("caseNumbers").forEach(n -> numbers.add(n.asText()));
        return numbers;
    }

    public ProcessInstance programme() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProgrammeProcess.PROCESS_ID)
                .processInstanceBusinessKey(code).singleResult();
    }

    public ProcessInstance caseOf(String caseNumber) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CaseProcess.PROCESS_ID)
                .processInstanceBusinessKey(caseNumber).singleResult();
    }

    /** andi's case to its end: SPBE need, trained (pre/post 40/70, g 0.5), applied on the job (5). */
    public void completeAndisCase(String caseNumber) {
        ProcessInstance andi = caseOf(caseNumber);
        driver.surveyAndiNeedingSpbe(andi);
        driver.trainAndi(andi, 4);
        driver.interviewAndi(andi, 5);
    }

    /** dewi rates herself at her position's levels and budi agrees: no need, her case closes. */
    public void closeDewisCaseWithoutNeed(String caseNumber) {
        ProcessInstance dewi = caseOf(caseNumber);
        Map<String, Integer> atLevel = Map.of("T-ADS", 4, "M-PP", 3, "M-KOM", 3);
        driver.complete(dewi, CaseProcess.TASK_FILL_NEEDS_SURVEY, "dewi", CaseDriver.needsSurvey(atLevel));
        driver.complete(dewi, CaseProcess.TASK_ASSESS_COMPETENCIES, "budi", CaseDriver.ratings("supervisorRatings", atLevel));
        driver.settle(dewi);
    }

    /**
     * Each unit's head answers the programme's interview (once every case ended, or at the evaluation date, the report
     * waits for them): the team works better (4), reports (4), administration (3), public (4), and what they saw.
     */
    public void unitHeadsAnswer() {
        driver.settle(programme());
        List<Task> asked = engine.getTaskService().createTaskQuery().processInstanceId(programme().getId())
                .taskDefinitionKey(ProgrammeProcess.TASK_INTERVIEW_UNIT_HEAD).list();
        assertThat(asked).as("heads of unit asked").isNotEmpty();
        for (Task task : asked) {
            engine.getIdentityService().setAuthentication(task.getAssignee(), List.of("supervisors"));
            try {
                engine.getFormService().submitTaskForm(task.getId(), Map.of("teamWork", "4", "reportQuality", "4",
                        "administrationSpeed", "3", "publicSatisfaction", "4",
                        "observedChanges", "Tim mulai melayani permohonan secara daring",
                        "obstacles", "Jaringan internet kantor sering putus"));
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
        }
        driver.settle(programme());
    }

    /** siti claims the report under review and decides (PUBLISH or REVISE); then the steps after it run. */
    public void review(String decision) {
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(programme().getId())
                .taskDefinitionKey(ProgrammeProcess.TASK_REVIEW_REPORT).singleResult();
        assertThat(review).as("a report to review").isNotNull();
        assertThat(engine.getFormService().getTaskFormVariables(review.getId()).get(ProgrammeProcess.REPORT_SUMMARY).toString())
                .contains("Kesimpulan: Program");
        engine.getIdentityService().setAuthentication("siti", List.of("hr-staff"));
        try {
            engine.getTaskService().claim(review.getId(), "siti");
            engine.getTaskService().complete(review.getId(), Map.of(ProgrammeProcess.REPORT_DECISION, decision,
                    ReviewProgrammeReportForm.REVIEW_NOTE, "Diperiksa " + decision));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        driver.settle(programme());
    }
}
