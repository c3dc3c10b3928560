package id.kompeten.demo;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The demo agency's three units (bidang): a head (kepala bidang, reporting to budi) and nine staff each, every one a
 * Camunda user with the demo password; and the previous year's budget and sessions. Reference data, as
 * {@link DemoData}; what happens to these people is done by the processes ({@link DemoYear}).
 */
@Component
class DemoStaff {

    /** A person of a unit: a head (supervisor of the unit's staff) or one of its staff. */
    record Person(String nip, String name, String username, String unit, String position, String supervisorNip,
                  String locale) {}

    static final String KABID = "KABID";
    static final String HUMAS = "PRANATA-HUMAS";

    /** unit, its head (name, username), the staff's position, the staff (name, username, sex 1/2). */
    private record Unit(String name, String head, String headUser, String position, List<String[]> staff) {}

    private static final List<Unit> UNITS = List.of(
            new Unit("Bidang Aplikasi Informatika", "Rina Wulandari", "rina", "PRANATA-KOM", List.of(
                    s("Agus Setiawan", "agus", "1"), s("Bayu Nugroho", "bayu", "1"), s("Citra Anggraini", "citra", "2"),
                    s("Dimas Prasetyo", "dimas", "1"), s("Eka Putri", "eka", "2"), s("Fajar Ramadhan", "fajar", "1"),
                    s("Gita Permata", "gita", "2"), s("Hadi Susanto", "hadi", "1"), s("Indah Sari", "indah", "2"))),
            new Unit("Bidang Statistik Sektoral", "Hendra Gunawan", "hendra", "STATISTISI", List.of(
                    s("Joko Widodo Saputra", "joko", "1"), s("Kartika Dewi", "kartika", "2"), s("Lukman Hakim", "lukman", "1"),
                    s("Maya Safitri", "maya", "2"), s("Nanda Pratiwi", "nanda", "2"), s("Oki Firmansyah", "oki", "1"),
                    s("Putu Ardana", "putu", "1"), s("Ratna Kusuma", "ratna", "2"), s("Sari Handayani", "sari", "2"))),
            new Unit("Bidang Informasi dan Komunikasi Publik", "Yusuf Hidayat", "yusuf", HUMAS, List.of(
                    s("Taufik Hidayat", "taufik", "1"), s("Umi Kalsum", "umi", "2"), s("Vina Melati", "vina", "2"),
                    s("Wahyu Saputra", "wahyu", "1"), s("Yanti Rahayu", "yanti", "2"), s("Zainal Arifin", "zainal", "1"),
                    s("Ayu Lestari", "ayu", "2"), s("Bima Sakti", "bima", "1"), s("Cahya Ningsih", "cahya", "2"))));

    private static String[] s(String name, String user, String sex) {
        return new String[] {name, user, sex};
    }

    private final CompetencyRepository competencies;
    private final PositionRepository positions;
    private final PositionRequirementRepository requirements;
    private final EmployeeRepository employees;
    private final ProgrammeBudgetRepository budgets;
    private final TrainingCourseRepository courses;
    private final DemoData data;
    private final IdentityService identity;
    private final DemoSettings demo;

    DemoStaff(CompetencyRepository competencies, PositionRepository positions, PositionRequirementRepository requirements,
              EmployeeRepository employees, ProgrammeBudgetRepository budgets, TrainingCourseRepository courses,
              DemoData data, IdentityService identity, DemoSettings demo) {
        this.competencies = competencies;
        this.positions = positions;
        this.requirements = requirements;
        this.employees = employees;
        this.budgets = budgets;
        this.courses = courses;
        this.data = data;
        this.identity = identity;
        this.demo = demo;
    }

    /** Saves the units' people (employees and Camunda users); returns the staff by unit, heads first. */
    Map<String, List<Person>> load() {
        positions.save(new Position(KABID, "Kepala Bidang"));
        positions.save(new Position(HUMAS, "Pranata Hubungan Masyarakat Ahli Pertama"));
        requirements.save(new PositionRequirement(KABID, competencies.getReferenceById("M-KOM"), 4));
        requirements.save(new PositionRequirement(KABID, competencies.getReferenceById("M-PP"), 4));
        requirements.save(new PositionRequirement(HUMAS, competencies.getReferenceById("M-KOM"), 4));
        requirements.save(new PositionRequirement(HUMAS, competencies.getReferenceById("M-PP"), 3));
        requirements.save(new PositionRequirement(HUMAS, competencies.getReferenceById("SK-PB"), 2));

        Map<String, List<Person>> units = new LinkedHashMap<>();
        int n = 0;
        for (Unit unit : UNITS) {
            List<Person> people = new ArrayList<>();
            Person head = new Person(nip(n++, unit.headUser().equals("rina") ? "2" : "1"),
                    unit.head(), unit.headUser(), unit.name(), KABID, DemoData.BUDI_NIP, "id");
            people.add(head);
            for (String[] staff : unit.staff()) {
                // two of the staff read English, like dewi
                String locale = staff[1].equals("maya") || staff[1].equals("taufik") ? "en" : "id";
                people.add(new Person(nip(n++, staff[2]), staff[0], staff[1], unit.name(), unit.position(),
                        head.nip(), locale));
            }
            for (Person p : people) {
                employees.save(new Employee(p.nip(), p.name(), p.username() + "@kompeten.example", p.username(),
                        DemoData.AGENCY, p.unit(), p.position(), p.supervisorNip(), p.locale()));
                user(p, p == head ? "supervisors" : "participants");
            }
            units.put(unit.name(), people);
        }
        return units;
    }

    /** A valid NIP: born 1980-1998, appointed at 25 in March, the sex digit, a running number. */
    static String nip(int n, String sex) {
        LocalDate born = LocalDate.of(1980 + (n * 7) % 19, 1 + (n * 5) % 12, 1 + (n * 11) % 28);
        return "%04d%02d%02d%04d03%s%03d".formatted(born.getYear(), born.getMonthValue(), born.getDayOfMonth(),
                born.getYear() + 25, sex, n + 1);
    }

    private void user(Person p, String group) {
        User user = identity.newUser(p.username());
        int space = p.name().indexOf(' ');
        user.setFirstName(p.name().substring(0, space));
        user.setLastName(p.name().substring(space + 1));
        user.setEmail(p.username() + "@kompeten.example");
        user.setPassword(demo.password());
        identity.saveUser(user);
        identity.createMembership(p.username(), group);
    }

    /** The previous year's sessions, by a key the script names ("SPBE-01/1" = the first SPBE class of the year). */
    Map<String, TrainingSession> previousYearSessions(int year) {
        ProgrammeBudget budget = budgets.save(new ProgrammeBudget("PK-" + year, "Pengembangan Kompetensi ASN " + year,
                DemoData.AGENCY, year, new BigDecimal("120000000")));
        Map<String, TrainingSession> sessions = new LinkedHashMap<>();
        sessions.put("SPBE-01/1", session("SPBE-01", budget, TrainingMode.KLASIKAL, year, 3, 10, 900, 25, "4500000"));
        sessions.put("KOM-01/1", session("KOM-01", budget, TrainingMode.E_LEARNING, year, 3, 24, 540, 40, "750000"));
        sessions.put("STAT-01/1", session("STAT-01", budget, TrainingMode.KLASIKAL, year, 4, 14, 1080, 20, "5000000"));
        sessions.put("PP-01/1", session("PP-01", budget, TrainingMode.E_LEARNING, year, 5, 5, 450, 50, "600000"));
        sessions.put("WB-01/1", session("WB-01", budget, TrainingMode.BLENDED, year, 5, 19, 720, 30, "1500000"));
        sessions.put("SPBE-01/2", session("SPBE-01", budget, TrainingMode.KLASIKAL, year, 7, 14, 900, 25, "4500000"));
        sessions.put("KOM-01/2", session("KOM-01", budget, TrainingMode.KLASIKAL, year, 8, 11, 540, 30, "1250000"));
        sessions.put("STAT-01/2", session("STAT-01", budget, TrainingMode.BLENDED, year, 8, 18, 1080, 20, "5000000"));
        return sessions;
    }

    private TrainingSession session(String course, ProgrammeBudget budget, TrainingMode mode, int year, int month,
                                    int day, int minutes, int seats, String cost) {
        TrainingCourse c = courses.findById(course).orElseThrow();
        return data.session(c, budget, mode, LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant(),
                minutes, seats, cost);
    }

    /** The position's required levels, competency code to level. */
    Map<String, Integer> required(String position) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        requirements.findAll().stream().filter(r -> r.getPositionCode().equals(position))
                .forEach(r -> levels.put(r.getCompetency().getCode(), r.getRequiredLevel()));
        return levels;
    }
}
