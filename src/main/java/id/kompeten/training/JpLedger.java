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

    JpLedger(JdbcTemplate jdbc, JpLedgerRepository ledger, JpSettings jp) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.target = BigDecimal.valueOf(jp.yearlyTarget());
    }

    public BigDecimal target() {
        return target;
    }

    /** One credited activity of an employee's year. */
    public record Credit(String activity, int minutes, BigDecimal jp, String certificateNumber, String caseNumber,
                         Instant creditedAt) {}

    public List<Credit> creditsOf(String nip, int year) {
        return ledger.findByEmployeeNipAndYear(nip, year).stream()
                .map(e -> new Credit(e.getActivity(), e.getMinutes(), e.getJp(), e.getCertificateNumber(),
                        e.getCaseNumber(), e.getCreditedAt()))
                .toList();
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

    /** A completed training in SIASN's course-history fields (riwayat kursus). */
    public record SiasnCourse(String nip, String nama, String namaKursus, String institusiPenyelenggara,
                              String jenisKursus, BigDecimal jumlahJam, LocalDate tanggalMulai,
                              LocalDate tanggalSelesai, int tahunKursus, String nomorSertifikat) {}

    public List<SiasnCourse> siasn(String agency, int year) {
        return jdbc.query("""
                select e.nip, e.name, c.title, c.organiser, comp.competency_type, j.jp, s.starts_at, s.ends_at,
                       j.ledger_year, j.certificate_number
                from jp_ledger_entry j
                join employee e on e.nip = j.employee_nip
                join enrollment en on en.id = j.enrollment_id
                join training_session s on s.id = en.session_id
                join training_course c on c.code = s.course_code
                join competency comp on comp.code = c.competency_code
                where j.ledger_year = ? and e.agency = ?
                order by e.nip, s.starts_at""", (rs, i) -> new SiasnCourse(rs.getString("nip"), rs.getString("name"),
                rs.getString("title"), rs.getString("organiser"), courseType(rs.getString("competency_type")),
                rs.getBigDecimal("jp"), wib(rs.getTimestamp("starts_at")), wib(rs.getTimestamp("ends_at")),
                rs.getInt("ledger_year"), rs.getString("certificate_number")), year, agency);
    }

    /** SIASN's course types follow the three competency types of PermenPANRB 38/2017. */
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
