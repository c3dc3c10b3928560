package id.kompeten.training;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every form of competency development that PP 11/2017 as amended by PP 17/2020 (Ps. 203–214) and Peraturan LAN
 * No. 10 Tahun 2018 name: further study (pendidikan), and training (pelatihan), classical or non-classical. Each
 * kind belongs to one family of steps and evidence ({@link Path}), earns JP by the rule configured for it
 * ({@link JpRules}) and is exported to SIASN under its {@link #siasnName()}. Its name as shown is the message
 * {@code development.kind.<CODE>} (Indonesian, English).
 */
public enum DevelopmentKind {

    // pelatihan klasikal: face to face, in a class (PP 11/2017 Ps. 210 ayat 2; Peraturan LAN 10/2018)
    PELATIHAN(Family.KLASIKAL, Path.SCHEDULED_COURSE, "Pelatihan"),
    SEMINAR(Family.KLASIKAL, Path.EVENT, "Seminar/Konferensi/Sarasehan"),
    WORKSHOP(Family.KLASIKAL, Path.EVENT, "Workshop/Lokakarya"),
    KURSUS(Family.KLASIKAL, Path.EVENT, "Kursus"),
    PENATARAN(Family.KLASIKAL, Path.EVENT, "Penataran"),
    BIMTEK(Family.KLASIKAL, Path.EVENT, "Bimbingan Teknis"),
    SOSIALISASI(Family.KLASIKAL, Path.EVENT, "Sosialisasi"),
    // pelatihan nonklasikal (PP 11/2017 Ps. 210 ayat 3; Peraturan LAN 10/2018)
    E_LEARNING(Family.NONKLASIKAL, Path.SELF_PACED, "E-Learning"),
    PELATIHAN_JARAK_JAUH(Family.NONKLASIKAL, Path.SELF_PACED, "Pelatihan Jarak Jauh"),
    COACHING(Family.NONKLASIKAL, Path.GUIDED, "Coaching"),
    MENTORING(Family.NONKLASIKAL, Path.GUIDED, "Mentoring"),
    BIMBINGAN_TEMPAT_KERJA(Family.NONKLASIKAL, Path.PLACEMENT, "Bimbingan di Tempat Kerja"),
    MAGANG(Family.NONKLASIKAL, Path.PLACEMENT, "Magang/Praktik Kerja"),
    DETASERING(Family.NONKLASIKAL, Path.PLACEMENT, "Detasering (Secondment)"),
    PERTUKARAN(Family.NONKLASIKAL, Path.PLACEMENT, "Pertukaran PNS dengan Pegawai Swasta/BUMN/BUMD"),
    PATOK_BANDING(Family.NONKLASIKAL, Path.EVENT, "Patok Banding (Benchmarking)"),
    OUTBOUND(Family.NONKLASIKAL, Path.EVENT, "Pembelajaran Alam Terbuka (Outbound)"),
    BELAJAR_MANDIRI(Family.NONKLASIKAL, Path.SELF_PACED, "Belajar Mandiri (Self Development)"),
    KOMUNITAS_BELAJAR(Family.NONKLASIKAL, Path.SELF_PACED, "Komunitas Belajar (Community of Practice)"),
    // pendidikan: further study for a degree (PP 11/2017 Ps. 203 ayat 4 huruf a)
    TUGAS_BELAJAR(Family.PENDIDIKAN, Path.STUDY, "Tugas Belajar");

    /** The regulation's grouping: pendidikan, pelatihan klasikal, pelatihan nonklasikal. */
    public enum Family { PENDIDIKAN, KLASIKAL, NONKLASIKAL }

    /**
     * The steps and evidence a kind shares with its family: a scheduled course with seats and times (the case's
     * training today); an event attended (registration, attendance, certificate); learning at one's own pace
     * (enrolment, modules, completion certificate); guidance by a coach or mentor (goals, logged sessions, the
     * coach's closing assessment); a placement in a host unit (period, the mentor's assessment); further study
     * (institution, semesters, return to duty).
     */
    public enum Path { SCHEDULED_COURSE, EVENT, SELF_PACED, GUIDED, PLACEMENT, STUDY }

    private final Family family;
    private final Path path;
    private final String siasnName;

    DevelopmentKind(Family family, Path path, String siasnName) {
        this.family = family;
        this.path = path;
        this.siasnName = siasnName;
    }

    public Family family() { return family; }

    public Path path() { return path; }

    /** The course type in SIASN's course history (jenisKursus), the regulation's own name of the kind. */
    public String siasnName() { return siasnName; }

    /** The message key of its shown name. */
    public String messageKey() { return "development.kind." + name(); }

    /** The kind of a code, if it is one (exact, upper case, as the contract names them). */
    public static Optional<DevelopmentKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
    }
}
