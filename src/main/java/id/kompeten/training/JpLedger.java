package id.kompeten.training;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every civil servant's JP of a year against the 20-JP target (PP 17/2020), who in an agency is below it,
 * and the completed training in the fields of BKN's SIASN course history. Each list is one set-based query,
 * however many employees the agency has.
 */
@Service
@Transactional(readOnly = true)
public class JpLedger {

    /** Each employee's JP total of a year (the year is its one argument), to join as {@code (...) j}. */
    public static final String YEAR_TOTALS =
            "select employee_nip, sum(jp) as jp from jp_ledger_entry where ledger_year = ? group by employee_nip";

    private final JdbcTemplate jdbc;
    private final JpLedgerRepository ledger;
    private final BigDecimal target;
    private final JpRules rules;
    private final java.time.Clock clock;

    JpLedger(JdbcTemplate jdbc, JpLedgerRepository ledger, JpSettings jp, JpRules rules, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.target = BigDecimal.valueOf(jp.yearlyTarget());
        this.rules = rules;
        this.clock = clock;
    }

    /** A verified claim of learning done elsewhere, as it is credited: JP of the year it ended in. */
    public record ClaimCredit(long claimId, String employeeNip, DevelopmentKind kind, String title, String organiser,
                              LocalDate startsOn, LocalDate endsOn, int minutes) {}

    /** The JP a claim earns by its kind's rule, from its minutes and its days. */
    public BigDecimal jpFor(DevelopmentKind kind, LocalDate startsOn, LocalDate endsOn, int minutes) {
        return rules.jpFor(kind, new JpRules.Evidence(minutes, days(startsOn, endsOn), 0, 0));
    }

    /** The days an activity spans, both ends counted. */
    private static int days(LocalDate startsOn, LocalDate endsOn) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
    }

    /**
     * A completed activity of a family with its own steps, as it is credited: JP of the year it ended in, from its
     * evidence: the minutes of learning, the days (those present, or else the span of its dates), the sessions
     * logged, the credits (SKS) earned.
     *
     * @param daysPresent the days the employee was present, or null to count every day from start to end
     */
    public record ActivityCredit(long activityId, String employeeNip, DevelopmentKind kind, String title,
                                 String organiser, LocalDate startsOn, LocalDate endsOn, int minutes, int sessions,
                                 Integer daysPresent, int credits) {

        public ActivityCredit(long activityId, String employeeNip, DevelopmentKind kind, String title, String organiser,
                              LocalDate startsOn, LocalDate endsOn, int minutes, int sessions) {
            this(activityId, employeeNip, kind, title, organiser, startsOn, endsOn, minutes, sessions, null, 0);
        }
    }

    /** The JP an activity earns by its kind's rule. */
    public BigDecimal jpFor(ActivityCredit activity) {
        return rules.jpFor(activity.kind(), new JpRules.Evidence(activity.minutes(),
                activity.daysPresent() != null ? activity.daysPresent() : days(activity.startsOn(), activity.endsOn()),
                activity.sessions(), activity.credits()));
    }

    /** Credits a completed activity, at most once (a second call returns the first credit). */
    @Transactional
    public Credit creditActivity(ActivityCredit activity) {
        return once(ledger.findByActivityId(activity.activityId()),
                () -> JpLedgerEntry.ofActivity(activity, jpFor(activity), clock.instant()));
    }

    /** Credits a verified claim, at most once (a second call returns the first credit). */
    @Transactional
    public Credit creditClaim(ClaimCredit claim) {
        return once(ledger.findByLearningClaimId(claim.claimId()), () -> JpLedgerEntry.ofClaim(claim,
                jpFor(claim.kind(), claim.startsOn(), claim.endsOn(), claim.minutes()), clock.instant()));
    }

    /** The credit already made, or the new one saved with its certificate number (each source credited once). */
    private Credit once(java.util.Optional<JpLedgerEntry> credited, java.util.function.Supplier<JpLedgerEntry> entry) {
        return credit(credited.orElseGet(() -> {
            JpLedgerEntry saved = ledger.save(entry.get());
            saved.issueCertificate();
            return saved;
        }));
    }

    private static Credit credit(JpLedgerEntry e) {
        return new Credit(e.getActivity(), e.getKind(), e.getMinutes(), e.getJp(), e.getCertificateNumber(),
                e.getCaseNumber(), e.getLearningClaimId(), e.getActivityId(), e.getCreditedAt());
    }

    public BigDecimal target() {
        return target;
    }

    /** One credited activity of an employee's year: a case's enrolment, a verified claim or a completed activity. */
    public record Credit(String activity, DevelopmentKind kind, int minutes, BigDecimal jp, String certificateNumber,
                         String caseNumber, Long learningClaimId, Long activityId, Instant creditedAt) {}

    public List<Credit> creditsOf(String nip, int year) {
        return ledger.findByEmployeeNipAndYear(nip, year).stream().map(JpLedger::credit).toList();
    }

    /** An employee's total of the year against the target. */
    public record Standing(String nip, String name, String positionCode, BigDecimal jp, BigDecimal target,
                           BigDecimal missing, boolean belowTarget) {}

    /** Every employee of the agency with their total of the year, those furthest below the target first. */
    public List<Standing> agency(String agency, int year) {
        return jdbc.query("""
                select e.nip, e.name, e.position_code, coalesce(sum(j.jp), 0) as jp
                from employee e left join jp_ledger_entry j on j.employee_nip = e.nip and j.ledger_year = ?
                where e.agency = ?
                group by e.nip, e.name, e.position_code
                order by jp, e.name""", (rs, i) -> standing(rs.getString("nip"), rs.getString("name"),
                rs.getString("position_code"), rs.getBigDecimal("jp")), year, agency);
    }

    private Standing standing(String nip, String name, String position, BigDecimal jp) {
        BigDecimal missing = target.subtract(jp).max(BigDecimal.ZERO);
        return new Standing(nip, name, position, jp, target, missing, missing.signum() > 0);
    }

    /** JP and participation of one kind of development: activities credited, employees who took them, JP. */
    public record KindTotal(DevelopmentKind kind, int activities, int employees, BigDecimal jp) {}

    /** The agency's year by kind of development, the most JP first. */
    public List<KindTotal> byKind(String agency, int year) {
        return jdbc.query("""
                select j.kind, count(*) as activities, count(distinct j.employee_nip) as employees, sum(j.jp) as jp
                from jp_ledger_entry j join employee e on e.nip = j.employee_nip
                where j.ledger_year = ? and e.agency = ?
                group by j.kind
                order by jp desc, j.kind""", (rs, i) -> new KindTotal(DevelopmentKind.valueOf(rs.getString("kind")),
                rs.getInt("activities"), rs.getInt("employees"), rs.getBigDecimal("jp")), year, agency);
    }

    /** An employee's credits by kind, the most JP first. */
    public static List<KindTotal> byKind(List<Credit> credits) {
        return credits.stream().collect(java.util.stream.Collectors.groupingBy(Credit::kind,
                        () -> new java.util.EnumMap<>(DevelopmentKind.class), java.util.stream.Collectors.toList()))
                .entrySet().stream()
                .map(e -> new KindTotal(e.getKey(), e.getValue().size(), 1,
                        e.getValue().stream().map(Credit::jp).reduce(BigDecimal.ZERO, BigDecimal::add)))
                .sorted(java.util.Comparator.comparing(KindTotal::jp).reversed())
                .toList();
    }

    /** A completed training in SIASN's course-history fields (riwayat kursus). */
    public record SiasnCourse(String nip, String nama, String namaKursus, String institusiPenyelenggara,
                              String jenisKursus, BigDecimal jumlahJam, LocalDate tanggalMulai,
                              LocalDate tanggalSelesai, int tahunKursus, String nomorSertifikat) {}

    /**
     * Every credit of the agency's year: a case's course (its session's dates, its course's organiser) or a verified
     * claim (its own); ordered by employee and start.
     */
    public List<SiasnCourse> siasn(String agency, int year) {
        List<SiasnCourse> rows = jdbc.query("""
                select e.nip, e.name, j.kind, j.activity, j.organiser, j.starts_on, j.ends_on, c.organiser as course_organiser,
                       comp.competency_type, j.jp, s.starts_at, s.ends_at, j.ledger_year, j.certificate_number
                from jp_ledger_entry j
                join employee e on e.nip = j.employee_nip
                left join enrollment en on en.id = j.enrollment_id
                left join training_session s on s.id = en.session_id
                left join training_course c on c.code = s.course_code
                left join competency comp on comp.code = c.competency_code
                where j.ledger_year = ? and e.agency = ?""", (rs, i) -> {
            boolean course = rs.getTimestamp("starts_at") != null;
            DevelopmentKind kind = DevelopmentKind.valueOf(rs.getString("kind"));
            return new SiasnCourse(rs.getString("nip"), rs.getString("name"), rs.getString("activity"),
                    course ? rs.getString("course_organiser") : rs.getString("organiser"),
                    course && kind == DevelopmentKind.PELATIHAN ? courseType(rs.getString("competency_type")) : kind.siasnName(),
                    rs.getBigDecimal("jp"), course ? wib(rs.getTimestamp("starts_at")) : rs.getObject("starts_on", LocalDate.class),
                    course ? wib(rs.getTimestamp("ends_at")) : rs.getObject("ends_on", LocalDate.class),
                    rs.getInt("ledger_year"), rs.getString("certificate_number"));
        }, year, agency);
        return rows.stream().sorted(java.util.Comparator.comparing(SiasnCourse::nip)
                .thenComparing(SiasnCourse::tanggalMulai)).toList();
    }

    /** SIASN's course types of a training follow the three competency types of PermenPANRB 38/2017. */
    static String courseType(String competencyType) {
        return switch (competencyType) {
            case "TEKNIS" -> "Pelatihan Teknis";
            case "MANAJERIAL" -> "Pelatihan Manajerial";
            case "SOSIAL_KULTURAL" -> "Pelatihan Sosial Kultural";
            default -> competencyType;
        };
    }

    private static LocalDate wib(Timestamp at) {
        return at.toInstant().atZone(SessionOffer.WIB).toLocalDate();
    }
}
