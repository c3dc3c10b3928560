package id.kompeten.demo;

import id.kompeten.cases.CompetencyCases;
import id.kompeten.process.ActivityProcess;
import id.kompeten.process.CaseProcess;
import id.kompeten.process.CaseVariables;
import id.kompeten.programme.ProgrammeChanges;
import id.kompeten.process.ProgrammeProcess;
import id.kompeten.programme.Programmes;
import id.kompeten.training.TrainingSession;
import id.kompeten.training.TrainingSessionRepository;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's history, made once on the first start by the application's own services and processes: the previous
 * year of the demo agency's three units, with the programme {@code DEMO-<year>} whose cases went every way and whose
 * report is published; and this year's cases, open at different steps. Every case is walked as its people would in
 * Tasklist ({@link DemoWalker}), with the engine's clock set to the day each step happened. andi and dewi have no
 * case this year: the README's walkthrough is theirs. One transaction: all of it, or nothing (and the next start
 * tries again). Made as the context starts ({@link DemoSetup}), before the web server opens and the job executor
 * starts; the job executor then sends (records) the emails.
 */
@Component
class DemoYear {

    private static final Logger log = LoggerFactory.getLogger(DemoYear.class);
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final String HR = "siti";
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** One round of training: the session, attendance, pre/post test, the survey's Likert, the job rating (1-5). */
    record Attempt(String session, boolean attended, int pre, int post, int likert, int onTheJob) {}

    /** A case of the finished year: whose, which competency falls short, its rounds, and the supervisor's answer to a remedial round. */
    record Plan(String user, String gap, List<Attempt> attempts, boolean approveFollowUp) {}

    static Attempt took(String session, int pre, int post, int likert, int onTheJob) {
        return new Attempt(session, true, pre, post, likert, onTheJob);
    }

    static Attempt absent(String session) {
        return new Attempt(session, false, 0, 0, 0, 0);
    }

    /** The programme's cases, the one ending last last (its end generates the report). */
    static final List<Plan> PROGRAMME = List.of(
            new Plan("agus", "T-LPE", List.of(took("SPBE-01/1", 40, 75, 4, 4)), true),
            new Plan("citra", "T-LPE", List.of(took("SPBE-01/1", 30, 85, 5, 5)), true),
            new Plan("dimas", "T-LPE", List.of(took("SPBE-01/1", 45, 60, 4, 3), took("SPBE-01/2", 55, 85, 4, 4)), true),
            new Plan("eka", "T-LPE", List.of(absent("SPBE-01/1"), took("SPBE-01/2", 40, 70, 4, 4)), true),
            new Plan("fajar", null, List.of(), true),
            new Plan("gita", "M-KOM", List.of(took("KOM-01/1", 50, 80, 4, 4)), true),
            new Plan("joko", "T-ADS", List.of(took("STAT-01/1", 30, 70, 4, 4)), true),
            new Plan("kartika", "T-ADS", List.of(took("STAT-01/1", 50, 55, 2, 2)), true),
            new Plan("maya", "M-PP", List.of(took("PP-01/1", 45, 75, 5, 5)), true),
            new Plan("nanda", null, List.of(), true),
            new Plan("taufik", "M-KOM", List.of(took("KOM-01/1", 40, 70, 4, 4)), true),
            new Plan("umi", "M-KOM", List.of(took("KOM-01/1", 45, 55, 3, 3)), false),
            new Plan("vina", "M-KOM", List.of(absent("KOM-01/1"), took("KOM-01/2", 35, 75, 4, 4)), true),
            new Plan("wahyu", "SK-PB", List.of(took("WB-01/1", 50, 80, 4, 4)), true),
            new Plan("lukman", "T-ADS", List.of(took("STAT-01/1", 40, 60, 3, 3), took("STAT-01/2", 50, 80, 4, 4)), true));

    private final DemoStaff staff;
    private final CompetencyCases cases;
    private final Programmes programmes;
    private final ProgrammeChanges changes;
    private final TrainingSessionRepository sessions;
    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final jakarta.persistence.EntityManager entities;
    private final id.kompeten.activity.Activities activities;
    private final id.kompeten.learning.LearningClaims claims;
    private final id.kompeten.agencyplan.AgencyPlans agencyPlans;

    DemoYear(DemoStaff staff, CompetencyCases cases, Programmes programmes, ProgrammeChanges changes,
             TrainingSessionRepository sessions, ProcessEngine engine, JdbcTemplate jdbc, TransactionTemplate transaction,
             jakarta.persistence.EntityManager entities, id.kompeten.activity.Activities activities,
             id.kompeten.learning.LearningClaims claims, id.kompeten.agencyplan.AgencyPlans agencyPlans) {
        this.activities = activities;
        this.agencyPlans = agencyPlans;
        this.claims = claims;
        this.staff = staff;
        this.cases = cases;
        this.programmes = programmes;
        this.changes = changes;
        this.sessions = sessions;
        this.engine = engine;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.entities = entities;
    }

    /**
     * Written out and let go after each case: one transaction for all, but JPA would otherwise check every entity
     * of the generation for changes before each of its queries.
     */
    private void letGo() {
        entities.flush();
        entities.clear();
    }

    static String programmeCode(int year) {
        return "DEMO-" + year;
    }

    /**
     * Makes the history unless it is there; a job executor already running (it starts after the context, so only
     * if this is called later) pauses meanwhile; the clock is the system's after.
     */
    void load() {
        int thisYear = Year.now().getValue();
        if (jdbc.queryForObject("select count(*) from employee where username = 'rina'", Integer.class) > 0) {
            return;
        }
        long started = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        boolean running = executor != null && executor.isActive();
        if (running) {
            executor.shutdown();
        }
        DemoWalker walker = new DemoWalker(engine);
        try {
            transaction.executeWithoutResult(tx -> {
                Map<String, List<DemoStaff.Person>> units = staff.load();
                new Walk(walker, units).previousYear(thisYear - 1);
                log.info("Demo: the year {} made in {} ms", thisYear - 1, (System.nanoTime() - started) / 1_000_000);
                walker.resetClock();
                new Walk(walker, units).thisYear(thisYear);
            });
            // the CPU time of this thread beside the wall time: on a busy machine the two part
            log.info("Demo: the year {} of {} ({} cases, programme {}) and this year's open cases made in {} ms ({} ms CPU)",
                    thisYear - 1, DemoData.AGENCY, PROGRAMME.size(), programmeCode(thisYear - 1),
                    (System.nanoTime() - started) / 1_000_000, (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        } finally {
            walker.resetClock();
            if (running) {
                executor.start();
            }
        }
    }

    /** The walk of one generation: who is who, and their cases. */
    private final class Walk {
        private final DemoWalker walker;
        private final Map<String, DemoStaff.Person> people = new HashMap<>();
        private final Map<String, String> supervisors = new HashMap<>();

        Walk(DemoWalker walker, Map<String, List<DemoStaff.Person>> units) {
            this.walker = walker;
            units.values().forEach(unit -> unit.forEach(p -> people.put(p.username(), p)));
            units.values().forEach(unit -> unit.forEach(p -> supervisors.put(p.nip(), p.username())));
        }

        void previousYear(int year) {
            Map<String, TrainingSession> offered = staff.previousYearSessions(year);
            letGo();
            walker.at(wib(year, 2, 3, 9));
            List<String> nips = PROGRAMME.stream().map(p -> people.get(p.user()).nip()).toList();
            engine.getIdentityService().setAuthentication(HR, List.of("hr-staff"));
            try {
                programmes.create(new Programmes.NewProgramme(programmeCode(year),
                        "Pengembangan Kompetensi Dinas Kominfo " + year /* the page says "Laporan Evaluasi Program …" */, DemoData.AGENCY, year, "PK-" + year,
                        LocalDate.of(year, 12, 15), List.of(
                                new Programmes.Goal("gainMean", new BigDecimal("0.3"), "Rata-rata peningkatan hasil belajar minimal 0,3"),
                                new Programmes.Goal("reactionMean", new BigDecimal("70"), "Indeks reaksi peserta minimal 70"),
                                new Programmes.Goal("masteredShare", new BigDecimal("0.8"),
                                        "Minimal 80% kompetensi sasaran dikuasai di tempat kerja")),
                        List.of("T-LPE", "T-ADS", "M-KOM", "M-PP", "SK-PB"), nips), HR, agency -> true);
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
            String programme = instanceOf(null, programmeCode(year));
            Instant start = wib(year, 2, 5, 9);
            for (int i = 0; i < PROGRAMME.size(); i++) {
                Plan plan = PROGRAMME.get(i);
                if (i == PROGRAMME.size() - 1) {
                    // L4 entered by HR before the last case closes, so the final report carries it
                    walker.at(wib(year, 11, 3, 10));
                    changes.addIndicator(programmeCode(year), new ProgrammeChanges.NewIndicator("Bidang Aplikasi Informatika",
                            "Indeks Kepuasan Masyarakat layanan daring", new BigDecimal("76.2"), new BigDecimal("81.5"),
                            true), HR, agency -> true);
                    changes.addIndicator(programmeCode(year), new ProgrammeChanges.NewIndicator("Bidang Statistik Sektoral",
                            "Dataset sektoral terbit tepat waktu (%)", new BigDecimal("64"), new BigDecimal("78"), true),
                            HR, agency -> true);
                }
                walk(caseOf(plan.user(), year), people.get(plan.user()), plan, offered, year, start.plus(Duration.ofHours(3L * i)));
                letGo();
            }
            // beside the programme's courses: a coaching by a unit head, a seminar attended elsewhere and claimed
            DemoLearning learning = new DemoLearning(activities, claims, walker);
            learning.previousYear(year, people.get("hadi"), people.get("bayu"));
            learning.previousYearFamilies(year, people.get("fajar"), people.get("nanda"), people.get("taufik"));
            // the agency's annual plan of that year, from its needs analysis, set by budi
            new DemoPlans(agencyPlans, walker).previousYear(year);
            letGo();
            // the last case closed: the heads of the programme's units give their view of their unit
            walker.at(wib(year, 12, 8, 10));
            for (org.camunda.bpm.engine.task.Task asked : walker.tasks(programme, ProgrammeProcess.TASK_INTERVIEW_UNIT_HEAD)) {
                String unit = (String) engine.getTaskService().getVariable(asked.getId(), ProgrammeProcess.PROGRAMME_UNIT);
                walker.complete(programme, asked, asked.getAssignee(), "supervisors", unitView(unit));
            }
            // then the final report waits for HR's review
            walker.at(wib(year, 12, 10, 10));
            // siti confirms the themes the answers' words suggest (the rest she leaves to code later)
            List<Map<String, Object>> suggested = walker.rows(programme, ProgrammeProcess.TASK_REVIEW_REPORT, "answers")
                    .stream().filter(row -> !((List<?>) row.get("themes")).isEmpty()).toList();
            walker.complete(programme, ProgrammeProcess.TASK_REVIEW_REPORT, HR, "hr-staff", Map.of(
                    ProgrammeProcess.REPORT_DECISION, "PUBLISH", "answers", DemoWalker.json(suggested),
                    "reviewNote", "Diperiksa dan disetujui untuk diterbitkan ke pimpinan instansi"));
        }

        /** What each unit's head said of it: the statements (1-5), the changes seen, the obstacles. */
        private static Map<String, Object> unitView(String unit) {
            Map<String, Object> view = new java.util.HashMap<>(Map.of("teamWork", "4", "reportQuality", "4",
                    "administrationSpeed", "4", "publicSatisfaction", "4"));
            switch (unit) {
                case "Bidang Aplikasi Informatika" -> {
                    view.put("publicSatisfaction", "5");
                    view.put("observedChanges", "Tim kini menangani permohonan layanan daring sendiri tanpa menunggu vendor;"
                            + " aduan aplikasi selesai rata-rata dua hari lebih cepat.");
                    view.put("obstacles", "Jaringan internet di kantor kecamatan sering putus sehingga layanan daring terhambat.");
                }
                case "Bidang Statistik Sektoral" -> {
                    view.put("administrationSpeed", "3");
                    view.put("observedChanges", "Dataset sektoral terbit lebih tepat waktu dan metadatanya lebih lengkap.");
                    view.put("obstacles", "Beban kerja akhir tahun menumpuk; pegawai tidak sempat menerapkan semua materi.");
                }
                default -> {
                    view.put("reportQuality", "3");
                    view.put("observedChanges", "Siaran pers dan unggahan media sosial lebih rapi dan terjadwal.");
                }
            }
            return view;
        }

        private String caseOf(String user, int year) {
            String nip = people.get(user).nip();
            String caseNumber = jdbc.queryForObject("select case_number from competency_case where employee_nip = ?"
                    + " and cycle_year = ?", String.class, nip, year);
            return instanceOf(caseNumber, null);
        }

        private void walk(String pid, DemoStaff.Person person, Plan plan, Map<String, TrainingSession> offered, int year,
                          Instant start) {
            String head = supervisors.get(person.supervisorNip());
            surveys(pid, person, plan.gap(), start);
            if (plan.gap() != null) {
                plan(pid, person, year, start);
            }
            for (Attempt attempt : plan.attempts()) {
                TrainingSession session = offered.get(attempt.session());
                schedule(pid, session, later(session.getStartsAt().minus(Duration.ofDays(21))));
                walker.passTime(pid, session.getEndsAt().plus(Duration.ofHours(1)));
                walker.at(session.getEndsAt().plus(Duration.ofDays(1)));
                walker.complete(pid, CaseProcess.TASK_RECORD_TRAINING_RESULTS, HR, "hr-staff", results(attempt, session.getMinutes()));
                if (!attempt.attended()) {
                    continue;
                }
                walker.at(session.getEndsAt().plus(Duration.ofDays(3)));
                walker.complete(pid, CaseProcess.TASK_FILL_POST_TRAINING_SURVEY, person.username(), "participants",
                        postSurvey(attempt.likert()));
                walker.passTime(pid, now().plus(Duration.ofDays(90)));
                walker.complete(pid, CaseProcess.TASK_CONDUCT_SUPERVISOR_INTERVIEW, head, "supervisors",
                        interview(plan.gap(), attempt.onTheJob()));
                walker.at(now().plus(Duration.ofDays(1)));
                if (walker.task(pid, CaseProcess.TASK_APPROVE_FOLLOW_UP_TRAINING) != null) {
                    walker.complete(pid, CaseProcess.TASK_APPROVE_FOLLOW_UP_TRAINING, head, "supervisors",
                            plan.approveFollowUp()
                                    ? Map.of(CaseVariables.FOLLOW_UP_APPROVED, "true", "followUpNote", "Setuju, ikut angkatan berikutnya")
                                    : Map.of(CaseVariables.FOLLOW_UP_APPROVED, "false",
                                            "followUpNote", "Cukup dibimbing langsung di bidang; tidak perlu pelatihan lagi"));
                } else if (walker.task(pid, CaseProcess.TASK_REVIEW_ESCALATED_CASE) != null) {
                    walker.at(now().plus(Duration.ofDays(2)));
                    walker.complete(pid, CaseProcess.TASK_REVIEW_ESCALATED_CASE, HR, "hr-staff", Map.of(
                            "escalationResolution", "CLOSE",
                            "escalationNotes", "Dialihkan ke pembinaan oleh atasan langsung; kasus ditutup"));
                }
            }
        }

        /** This year: cases of the units' staff at different steps, the latest step a little before now. */
        void thisYear(int year) {
            Instant now = Instant.now();
            Map<String, TrainingSession> current = currentSessions(year);
            open("agus", year, now.minus(Duration.ofDays(2)));
            open("vina", year, now.minus(Duration.ofDays(1)));
            String kartika = open("kartika", year, now.minus(Duration.ofDays(6)));
            walker.at(now.minus(Duration.ofDays(5)));
            walker.complete(kartika, CaseProcess.TASK_FILL_NEEDS_SURVEY, "kartika", "participants",
                    needsSurvey(staff.required(people.get("kartika").position()), "T-ADS"));
            String bayu = open("bayu", year, now.minus(Duration.ofDays(9)));
            surveys(bayu, people.get("bayu"), "T-LPE", now.minus(Duration.ofDays(8)));
            plan(bayu, people.get("bayu"), year, now.minus(Duration.ofDays(8)));
            // joko's needs are evaluated: his plan is his to propose
            DemoStaff.Person joko = people.get("joko");
            surveys(open("joko", year, now.minus(Duration.ofDays(5))), joko,
                    staff.required(joko.position()).keySet().iterator().next(), now.minus(Duration.ofDays(4)));
            String umi = open("umi", year, now.minus(Duration.ofDays(7)));
            surveys(umi, people.get("umi"), "M-KOM", now.minus(Duration.ofDays(6)));
            propose(umi, people.get("umi"), year, now.minus(Duration.ofDays(6))); // her plan awaits her head's approval
            String citra = open("citra", year, now.minus(Duration.ofDays(12)));
            surveys(citra, people.get("citra"), "M-KOM", now.minus(Duration.ofDays(11)));
            plan(citra, people.get("citra"), year, now.minus(Duration.ofDays(11)));
            schedule(citra, current.get("KOM-01/ahead"), now.minus(Duration.ofDays(3)));
            // trained in sessions that already ran this year
            trainedUntil("lukman", "T-ADS", current.get("STAT-01/ran"), year, 0);
            trainedUntil("zainal", "M-PP", current.get("PP-01/ran"), year, 1);
            trainedUntil("dimas", "T-LPE", current.get("SPBE-01/ran"), year, 2);
            trainedUntil("maya", "T-ADS", current.get("STAT-01/ran"), year, 3);
            trainedUntil("wahyu", "M-KOM", current.get("KOM-01/ran"), year, 3);
            // beside the cases: an e-learning, an on-the-job guidance and a study, each at a step of its own
            new DemoLearning(activities, claims, walker).thisYear(year, people.get("gita"), people.get("oki"), "rina",
                    people.get("taufik"), walker.instanceOf(ActivityProcess.STUDY_PROCESS_ID, people.get("taufik").nip()));
            // this year's annual plan, prepared by HR yesterday: budi's to set
            new DemoPlans(agencyPlans, walker).thisYear(year, now.minus(Duration.ofDays(1)));
        }

        /**
         * A case trained in a session that ran: {@code steps} 0 waits for HR's results, 1 for the post-training
         * survey, 2 for the supervisor's interview, 3 goes to its end (completed, JP credited).
         */
        private void trainedUntil(String user, String gap, TrainingSession session, int year, int steps) {
            DemoStaff.Person person = people.get(user);
            Instant opened = session.getStartsAt().minus(Duration.ofDays(14));
            String pid = open(user, year, opened);
            surveys(pid, person, gap, opened.plus(Duration.ofDays(1)));
            plan(pid, person, year, opened.plus(Duration.ofDays(1)));
            schedule(pid, session, opened.plus(Duration.ofDays(4)));
            walker.passTime(pid, session.getEndsAt().plus(Duration.ofHours(1)));
            if (steps == 0) {
                return;
            }
            walker.at(session.getEndsAt().plus(Duration.ofDays(1)));
            walker.complete(pid, CaseProcess.TASK_RECORD_TRAINING_RESULTS, HR, "hr-staff",
                    results(took(null, 40 + steps * 5, 75, 4, 4), session.getMinutes()));
            if (steps == 1) {
                return;
            }
            walker.at(session.getEndsAt().plus(Duration.ofDays(2)));
            walker.complete(pid, CaseProcess.TASK_FILL_POST_TRAINING_SURVEY, user, "participants", postSurvey(4));
            // the demo's on-the-job period is minutes (kompeten.timers.on-the-job-period)
            walker.passTime(pid, session.getEndsAt().plus(Duration.ofDays(2)).plus(Duration.ofHours(1)));
            if (steps == 2) {
                return;
            }
            walker.at(session.getEndsAt().plus(Duration.ofDays(3)));
            walker.complete(pid, CaseProcess.TASK_CONDUCT_SUPERVISOR_INTERVIEW, supervisors.get(person.supervisorNip()),
                    "supervisors", interview(gap, 4));
        }

        private String open(String user, int year, Instant at) {
            letGo();
            walker.at(at);
            engine.getIdentityService().setAuthentication(HR, List.of("hr-staff"));
            String caseNumber;
            try {
                caseNumber = cases.open(people.get(user).nip(), year, HR).getCaseNumber();
            } finally {
                engine.getIdentityService().clearAuthentication();
            }
            String pid = instanceOf(caseNumber, null);
            walker.settle(pid);
            return pid;
        }

        /** The participant's needs survey, then the supervisor's assessment two days later: a gap on one competency. */
        private void surveys(String pid, DemoStaff.Person person, String gap, Instant at) {
            Map<String, Integer> required = staff.required(person.position());
            walker.at(at);
            walker.complete(pid, CaseProcess.TASK_FILL_NEEDS_SURVEY, person.username(), "participants",
                    needsSurvey(required, gap));
            walker.at(at.plus(Duration.ofDays(2)));
            Map<String, Integer> rated = new LinkedHashMap<>(required);
            if (gap != null) {
                rated.put(gap, required.get(gap) - 1);
            }
            walker.complete(pid, CaseProcess.TASK_ASSESS_COMPETENCIES, supervisors.get(person.supervisorNip()),
                    "supervisors", DemoWalker.ratings("supervisorRatings", rated));
        }

        /**
         * The development plan, the morning after the supervisor's assessment: the employee proposes a course for
         * the competency to develop (20 JP, Rp 2.000.000, within the case's year) and the supervisor approves it.
         */
        private void plan(String pid, DemoStaff.Person person, int year, Instant surveyedAt) {
            propose(pid, person, year, surveyedAt);
            walker.at(surveyedAt.plus(Duration.ofDays(2)).plus(Duration.ofHours(6)));
            walker.complete(pid, CaseProcess.TASK_APPROVE_DEVELOPMENT_PLAN, supervisors.get(person.supervisorNip()),
                    "supervisors", Map.of("planLines", DemoWalker.json(walker.planLines(pid,
                            CaseProcess.TASK_APPROVE_DEVELOPMENT_PLAN))));
        }

        private void propose(String pid, DemoStaff.Person person, int year, Instant surveyedAt) {
            walker.at(surveyedAt.plus(Duration.ofDays(2)).plus(Duration.ofHours(2)));
            List<Map<String, Object>> lines = walker.planLines(pid, CaseProcess.TASK_PROPOSE_DEVELOPMENT_PLAN);
            lines.forEach(line -> {
                line.put("kind", "PELATIHAN");
                line.put("intendedJp", 20);
                line.put("cost", 2_000_000);
                line.put("startsOn", year + "-02-01");
                line.put("endsOn", year + "-11-30");
            });
            walker.complete(pid, CaseProcess.TASK_PROPOSE_DEVELOPMENT_PLAN, person.username(), "participants",
                    Map.of("planLines", DemoWalker.json(lines)));
        }

        private void schedule(String pid, TrainingSession session, Instant at) {
            walker.at(at);
            walker.settle(pid);
            String id = String.valueOf(session.getId());
            if (!walker.offeredSessions(pid).contains(id)) {
                throw new IllegalStateException("session " + id + " is not offered to " + pid);
            }
            walker.complete(pid, CaseProcess.TASK_SCHEDULE_TRAINING, HR, "hr-staff",
                    Map.of(CaseVariables.TRAINING_SESSION_ID, id));
        }

        private Map<String, TrainingSession> currentSessions(int year) {
            Instant now = Instant.now();
            Map<String, TrainingSession> found = new HashMap<>();
            // DemoData's sessions of these weeks, not the previous year's
            for (TrainingSession s : sessions.findAll().stream()
                    .filter(s -> s.getStartsAt().isAfter(now.minus(Duration.ofDays(60))))
                    .sorted(Comparator.comparing(TrainingSession::getStartsAt)).toList()) {
                found.putIfAbsent(s.getCourse().getCode() + (s.getStartsAt().isBefore(now) ? "/ran" : "/ahead"), s);
            }
            return found;
        }

        private Instant later(Instant candidate) {
            return candidate.isAfter(now()) ? candidate : now().plus(Duration.ofHours(2));
        }
    }

    private String instanceOf(String caseNumber, String programmeCode) {
        var query = engine.getRuntimeService().createProcessInstanceQuery();
        return (caseNumber != null ? query.processInstanceBusinessKey(caseNumber, CaseProcess.PROCESS_ID)
                : query.processInstanceBusinessKey(programmeCode, ProgrammeProcess.PROCESS_ID)).singleResult().getId();
    }

    private static Instant now() {
        return org.camunda.bpm.engine.impl.util.ClockUtil.now().toInstant();
    }

    static Instant wib(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(WIB).toInstant();
    }

    /** Self-ratings at the position's levels, one lower where the gap is (the supervisor agrees). */
    static Map<String, Object> needsSurvey(Map<String, Integer> required, String gap) {
        Map<String, Integer> self = new LinkedHashMap<>(required);
        if (gap != null) {
            self.put(gap, required.get(gap) - 1);
        }
        Map<String, Object> answers = DemoWalker.ratings("selfRatings", self);
        answers.put("developmentGoal", gap == null ? "Mempertahankan kompetensi jabatan"
                : "Meningkatkan kompetensi " + gap + " untuk tugas jabatan");
        answers.put("preferredMode", "KLASIKAL");
        return answers;
    }

    static Map<String, Object> results(Attempt attempt, int minutes) {
        Map<String, Object> answers = new HashMap<>();
        answers.put(CaseVariables.ATTENDED, String.valueOf(attempt.attended()));
        if (attempt.attended()) {
            answers.put("attendedMinutes", minutes);
            answers.put(CaseVariables.PRE_TEST_SCORE, attempt.pre());
            answers.put(CaseVariables.POST_TEST_SCORE, attempt.post());
        }
        return answers;
    }

    static Map<String, Object> postSurvey(int likert) {
        Map<String, Object> answers = new HashMap<>();
        List<String> items = new ArrayList<>(List.of("relevance", "material", "trainer", "scheduleFit", "overall", "confidence"));
        for (int i = 0; i < items.size(); i++) {
            // not every item the same: the relevance item one better where it can be
            answers.put(items.get(i), String.valueOf(i == 0 ? Math.min(5, likert + 1) : likert));
        }
        answers.put("actionPlan", "Menerapkan materi pelatihan pada layanan bidang dalam 90 hari");
        return answers;
    }

    static Map<String, Object> interview(String gap, int onTheJob) {
        Map<String, Object> answers = DemoWalker.ratings("applicationRatings", Map.of(gap, onTheJob));
        answers.put("behaviourNotes", onTheJob >= 4 ? "Sudah menerapkan materi pelatihan dalam pekerjaan sehari-hari"
                : "Mulai mencoba, tetapi belum konsisten diterapkan");
        return answers;
    }
}
