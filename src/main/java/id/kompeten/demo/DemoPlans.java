package id.kompeten.demo;

import static id.kompeten.demo.DemoYear.wib;

import id.kompeten.agencyplan.AgencyPlan;
import id.kompeten.agencyplan.AgencyPlans;
import id.kompeten.process.AgencyPlanProcess;
import id.kompeten.security.Roles;
import java.util.List;
import java.util.Map;

/**
 * The demo agency's annual plans, made as its people make them: the finished year's, prepared by HR from that
 * year's needs analysis in March and set by budi, its realisation the year's courses; this year's, prepared by HR
 * and waiting in budi's Tasklist for him to set it.
 */
final class DemoPlans {

    private final AgencyPlans plans;
    private final DemoWalker walker;

    DemoPlans(AgencyPlans plans, DemoWalker walker) {
        this.plans = plans;
        this.walker = walker;
    }

    /** The finished year's plan, set by budi in March. */
    void previousYear(int year) {
        String plan = prepared(year, wib(year, 3, 2, 9));
        walker.at(wib(year, 3, 4, 10));
        walker.complete(plan, AgencyPlanProcess.TASK_APPROVE_AGENCY_PLAN, "budi", Roles.SUPERVISORS,
                Map.of(AgencyPlanProcess.DECISION, "APPROVED"));
    }

    /** This year's plan, prepared a day ago: budi's to set. */
    void thisYear(int year, java.time.Instant preparedAt) {
        prepared(year, preparedAt);
    }

    /**
     * HR start the year's plan and prepare it as the needs analysis proposes it: a scheduled course per competency
     * needed, run by the province's training agency from February to November, at Rp 2.000.000 a participant where
     * the employees' plans give no cost.
     */
    private String prepared(int year, java.time.Instant at) {
        walker.at(at);
        AgencyPlan plan = DemoLearning.as(DemoYear.HR, Roles.HR_STAFF,
                () -> plans.start(new AgencyPlans.Start(DemoData.AGENCY, year, null)));
        String pid = plan.getProcessInstanceId();
        walker.settle(pid);
        List<Map<String, Object>> lines = walker.planLines(pid, AgencyPlanProcess.TASK_PREPARE_AGENCY_PLAN);
        if (lines.isEmpty()) {
            throw new IllegalStateException("the demo's year " + year + " has no needs to plan for");
        }
        lines.forEach(line -> {
            line.put("organiser", "BPSDM Provinsi Lampung");
            line.put("startsOn", year + "-02-01");
            line.put("endsOn", year + "-11-30");
            if (((Number) line.get("budget")).longValue() == 0) {
                line.put("budget", 2_000_000L * ((Number) line.get("participants")).longValue());
            }
            line.put("curriculum", "Kurikulum pelatihan teknis instansi pembina");
        });
        walker.at(at.plusSeconds(3600));
        walker.complete(pid, AgencyPlanProcess.TASK_PREPARE_AGENCY_PLAN, DemoYear.HR, Roles.HR_STAFF,
                Map.of("planLines", DemoWalker.json(lines)));
        return pid;
    }
}
