package id.kompeten.demo;

import id.kompeten.employee.Competency;
import id.kompeten.employee.CompetencyRepository;
import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeRepository;
import id.kompeten.employee.Position;
import id.kompeten.employee.PositionRepository;
import id.kompeten.employee.PositionRequirement;
import id.kompeten.employee.PositionRequirementRepository;
import id.kompeten.training.ProgrammeBudget;
import id.kompeten.training.ProgrammeBudgetRepository;
import id.kompeten.training.TrainingCourse;
import id.kompeten.training.TrainingCourseRepository;
import id.kompeten.training.TrainingMode;
import id.kompeten.training.TrainingSession;
import id.kompeten.training.TrainingSessionRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's reference data: a dinas with its head and two staff of its secretariat, their positions' competencies, and training
 * sessions, some already run (so a case can be walked through in minutes) and some ahead. Written once.
 */
@Component
public class DemoData {

    public static final String AGENCY = "Dinas Komunikasi dan Informatika Kota Bandar Lampung";
    public static final String BUDI_NIP = "197503151998031002";
    public static final String ANDI_NIP = "199001012015031001";
    public static final String DEWI_NIP = "199205122018012002";
    /** andi's and dewi's unit; budi heads the whole dinas, in none of its units. */
    public static final String SECRETARIAT = "Sekretariat";

    private final CompetencyRepository competencies;
    private final PositionRepository positions;
    private final PositionRequirementRepository requirements;
    private final EmployeeRepository employees;
    private final ProgrammeBudgetRepository budgets;
    private final TrainingCourseRepository courses;
    private final TrainingSessionRepository sessions;
    private final Clock clock;

    DemoData(CompetencyRepository competencies, PositionRepository positions,
             PositionRequirementRepository requirements, EmployeeRepository employees,
             ProgrammeBudgetRepository budgets, TrainingCourseRepository courses,
             TrainingSessionRepository sessions, Clock clock) {
        this.competencies = competencies;
        this.positions = positions;
        this.requirements = requirements;
        this.employees = employees;
        this.budgets = budgets;
        this.courses = courses;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The competencies the demo's positions and courses use (two technical ones are the demo's own). */
    private record Competencies(Competency data, Competency services, Competency communication,
                                Competency publicService, Competency unity) {}

    @Transactional
    public void load() {
        if (employees.existsById(ANDI_NIP)) {
            return;
        }
        Competencies c = competenciesAndPositions();
        people();
        int year = Year.now(clock).getValue();
        ProgrammeBudget budget = budgets.save(new ProgrammeBudget("PK-" + year, "Pengembangan Kompetensi ASN " + year,
                AGENCY, year, new BigDecimal("50000000")));
        coursesAndSessions(c, budget);
    }

    private Competencies competenciesAndPositions() {
        Competency data = competencies.save(new Competency("T-ADS", "Analisis Data Statistik Sektoral",
                "Sectoral statistical data analysis", "TEKNIS"));
        Competency services = competencies.save(new Competency("T-LPE", "Layanan Publik Elektronik (SPBE)",
                "Electronic public services", "TEKNIS"));
        Competency communication = competencies.getReferenceById("M-KOM");
        Competency publicService = competencies.getReferenceById("M-PP");
        Competency unity = competencies.getReferenceById("SK-PB");

        positions.save(new Position("KADIS", "Kepala Dinas"));
        positions.save(new Position("PRANATA-KOM", "Pranata Komputer Ahli Pertama"));
        positions.save(new Position("STATISTISI", "Statistisi Ahli Muda"));
        requirements.save(new PositionRequirement("PRANATA-KOM", services, 3));
        requirements.save(new PositionRequirement("PRANATA-KOM", communication, 3));
        requirements.save(new PositionRequirement("PRANATA-KOM", unity, 2));
        requirements.save(new PositionRequirement("STATISTISI", data, 4));
        requirements.save(new PositionRequirement("STATISTISI", publicService, 3));
        requirements.save(new PositionRequirement("STATISTISI", communication, 3));
        return new Competencies(data, services, communication, publicService, unity);
    }

    /** budi, head of the agency, and his staff andi and dewi (who reads English). */
    private void people() {
        employees.save(new Employee(BUDI_NIP, "Budi Santoso", "budi@kompeten.example", "budi", AGENCY, null,
                "KADIS", null, "id"));
        employees.save(new Employee(ANDI_NIP, "Andi Pratama", "andi@kompeten.example", "andi", AGENCY,
                SECRETARIAT, "PRANATA-KOM", BUDI_NIP, "id"));
        employees.save(new Employee(DEWI_NIP, "Dewi Lestari", "dewi@kompeten.example", "dewi", AGENCY,
                SECRETARIAT, "STATISTISI", BUDI_NIP, "en"));
    }

    private void coursesAndSessions(Competencies c, ProgrammeBudget budget) {
        TrainingCourse spbe = courses.save(new TrainingCourse("SPBE-01", "Pelatihan Layanan Publik Berbasis Elektronik",
                "BPSDM Provinsi Lampung", c.services()));
        TrainingCourse comm = courses.save(new TrainingCourse("KOM-01", "Komunikasi Efektif dalam Pelayanan",
                "BKPSDM Kota Bandar Lampung", c.communication()));
        TrainingCourse unityCourse = courses.save(new TrainingCourse("WB-01", "Wawasan Kebangsaan dan Perekat Bangsa",
                "BPSDM Provinsi Lampung", c.unity()));
        TrainingCourse stats = courses.save(new TrainingCourse("STAT-01", "Analisis Data Statistik Sektoral",
                "BPS Provinsi Lampung", c.data()));
        TrainingCourse service = courses.save(new TrainingCourse("PP-01", "Budaya Pelayanan Prima",
                "BKPSDM Kota Bandar Lampung", c.publicService()));

        Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        // already run: choosing one lets a demo case go straight on to recording results
        session(spbe, budget, TrainingMode.KLASIKAL, today.minus(Duration.ofDays(10)), 900, 25, "4500000");
        session(comm, budget, TrainingMode.E_LEARNING, today.minus(Duration.ofDays(20)), 540, 40, "750000");
        session(unityCourse, budget, TrainingMode.BLENDED, today.minus(Duration.ofDays(30)), 720, 30, "1500000");
        session(stats, budget, TrainingMode.KLASIKAL, today.minus(Duration.ofDays(15)), 1080, 20, "5000000");
        session(service, budget, TrainingMode.E_LEARNING, today.minus(Duration.ofDays(12)), 450, 50, "600000");
        // ahead
        session(spbe, budget, TrainingMode.KLASIKAL, today.plus(Duration.ofDays(30)), 900, 25, "4500000");
        session(comm, budget, TrainingMode.KLASIKAL, today.plus(Duration.ofDays(21)), 540, 30, "1250000");
        session(stats, budget, TrainingMode.BLENDED, today.plus(Duration.ofDays(45)), 1080, 20, "5000000");
    }

    TrainingSession session(TrainingCourse course, ProgrammeBudget budget, TrainingMode mode, Instant day, int minutes,
                            int seats, String cost) {
        // classes run from 08:00 WIB (01:00 UTC), over as many days as the minutes need at 6 hours a day
        Instant start = day.plus(Duration.ofHours(1));
        long days = Math.max(1, (minutes + 359) / 360);
        Instant end = start.plus(Duration.ofDays(days - 1)).plus(Duration.ofMinutes(Math.min(minutes, 360) + 60));
        String location = mode == TrainingMode.E_LEARNING ? null : "Aula BKPSDM, Jl. Dr. Susilo No. 2, Bandar Lampung";
        String link = mode == TrainingMode.KLASIKAL ? null : "https://elearning.kompeten.example/kelas/" + course.getCode();
        return sessions.save(new TrainingSession(course, budget, mode, start, end, location, link, seats,
                new BigDecimal(cost), minutes));
    }
}
