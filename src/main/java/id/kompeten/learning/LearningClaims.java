package id.kompeten.learning;

import static id.kompeten.forms.RequestFields.date;
import static id.kompeten.forms.RequestFields.refused;
import static id.kompeten.forms.RequestFields.required;
import static id.kompeten.forms.RequestFields.text;

import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeDirectory;
import id.kompeten.employee.Nip;
import id.kompeten.forms.FieldError;
import id.kompeten.forms.RequestRefused;
import id.kompeten.process.CaseVariables;
import id.kompeten.process.ClaimProcess;
import id.kompeten.process.TrustedEngineCalls;
import id.kompeten.security.CaseAccess;
import id.kompeten.training.DevelopmentKind;
import id.kompeten.training.JpLedger;
import id.kompeten.training.JpRules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learning done elsewhere, claimed by the civil servant who did it and verified by HR: the claim and its
 * certificate are checked whole before anything is stored (400 naming the first field at fault), then kept with
 * its own case ({@code LearningClaimProcess}, HR's verification task) in one transaction. A verified claim is
 * credited to the JP ledger once, by its kind's rule.
 */
@Service
@Transactional
public class LearningClaims {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final int TITLE_LIMIT = 300;
    static final int ORGANISER_LIMIT = 200;

    private final LearningClaimRepository claims;
    private final JdbcTemplate jdbc;
    private final EmployeeDirectory employees;
    private final CaseAccess access;
    private final JpLedger ledger;
    private final JpRules rules;
    private final RuntimeService runtime;
    private final TrustedEngineCalls trusted;
    private final ClaimNumbers numbers;
    private final ClaimSettings settings;
    private final Clock clock;

    LearningClaims(LearningClaimRepository claims, JdbcTemplate jdbc, EmployeeDirectory employees, CaseAccess access,
                   JpLedger ledger, JpRules rules, RuntimeService runtime, TrustedEngineCalls trusted,
                   ClaimNumbers numbers, ClaimSettings settings, Clock clock) {
        this.claims = claims;
        this.jdbc = jdbc;
        this.employees = employees;
        this.access = access;
        this.ledger = ledger;
        this.rules = rules;
        this.runtime = runtime;
        this.trusted = trusted;
        this.numbers = numbers;
        this.settings = settings;
        this.clock = clock;
    }

    /** A claim as its claimant sends it: every field as text, so each is refused by its own name. */
    public record Submission(String employeeNip, String kind, String title, String organiser, String startsOn,
                             String endsOn, String minutes) {}

    /** Kinds that are claimed: not further study (planned, not claimed), and counted from minutes or days. */
    boolean claimable(DevelopmentKind kind) {
        JpRules.Basis basis = rules.ruleOf(kind).basis();
        return kind.path() != DevelopmentKind.Path.STUDY
                && (basis == JpRules.Basis.MINUTES || basis == JpRules.Basis.DAYS);
    }

    public LearningClaim submit(Submission s, byte[] certificate) {
        Employee employee = claimant(s.employeeNip());
        DevelopmentKind kind = DevelopmentKind.of(text(s.kind(), "kind", 40)).orElseThrow(() -> refused("kind",
                "claim.kind.unknown"));
        if (!claimable(kind)) {
            throw refused("kind", "claim.kind.notClaimable");
        }
        String title = text(s.title(), "title", TITLE_LIMIT);
        String organiser = text(s.organiser(), "organiser", ORGANISER_LIMIT);
        LocalDate startsOn = date(s.startsOn(), "startsOn");
        LocalDate endsOn = date(s.endsOn(), "endsOn");
        if (endsOn.isBefore(startsOn)) {
            throw refused("endsOn", "claim.endsOn.beforeStart");
        }
        if (endsOn.isAfter(LocalDate.now(clock.withZone(WIB)))) {
            throw refused("endsOn", "claim.endsOn.future");
        }
        long maxMinutes = (ChronoUnit.DAYS.between(startsOn, endsOn) + 1) * 24 * 60;
        int minutes = minutes(s.minutes(), maxMinutes);
        CertificateFile.Checked checked = CertificateFile.check(certificate, settings.maxCertificateSize().toBytes());
        if (checked.refusal() != null) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, checked.refusal());
        }
        CertificateFile file = checked.file();
        if (claims.existsByEmployeeNipAndCertificateSha256AndStatusIn(employee.getNip(), file.sha256(),
                Set.of(ClaimStatus.SUBMITTED, ClaimStatus.VERIFIED))) {
            throw new RequestRefused(HttpStatus.CONFLICT, new FieldError(CertificateFile.FIELD, "claim.certificate.duplicate"));
        }
        LearningClaim claim = claims.save(new LearningClaim(numbers.next(endsOn.getYear()), employee.getNip(), kind,
                title, organiser, startsOn, endsOn, minutes, access.callerName(), clock.instant(), file));
        jdbc.update("insert into learning_claim_certificate (claim_id, content) values (?, ?)", claim.getId(),
                file.content());
        Map<String, Object> variables = new HashMap<>();
        variables.put(ClaimProcess.CLAIM_NUMBER, claim.getClaimNumber());
        variables.put(ClaimProcess.CLAIM_ID, claim.getId());
        variables.put(CaseVariables.EMPLOYEE_NIP, employee.getNip());
        variables.put(CaseVariables.EMPLOYEE_NAME, employee.getName());
        variables.put(CaseVariables.EMPLOYEE_UNIT, employee.getUnit());
        variables.put(CaseVariables.PARTICIPANT, employee.getUsername());
        String instance = trusted.call(() -> runtime.startProcessInstanceByKey(ClaimProcess.PROCESS_ID,
                claim.getClaimNumber(), variables).getId());
        claim.startedAs(instance);
        return claim;
    }

    /** The claimant is the caller: a civil servant claims their own learning (HR verifies, so never claims it). */
    private Employee claimant(String nip) {
        if (!Nip.isValid(required(nip, "employeeNip"))) {
            throw refused("employeeNip", "case.nip.invalid");
        }
        Employee employee = employees.find(nip).orElseThrow(() -> refused("employeeNip", "case.employee.unknown", nip));
        if (!access.callerName().equals(employee.getUsername())) {
            throw new RequestRefused(HttpStatus.FORBIDDEN, new FieldError("employeeNip", "claim.notOwn", nip));
        }
        return employee;
    }

    /** The JP the claim earns by its kind's rule (shown to HR before they verify it). */
    @Transactional(readOnly = true)
    public BigDecimal jpFor(LearningClaim claim) {
        return ledger.jpFor(claim.getKind(), claim.getStartsOn(), claim.getEndsOn(), claim.getMinutes());
    }

    /** HR's decision, recorded once by the verification form. */
    void decide(long claimId, ClaimStatus decision, String by, String reason) {
        get(claimId).decide(decision, by, clock.instant(), reason);
    }

    /** Credits a verified claim to the ledger, at most once. */
    JpLedger.Credit credit(long claimId) {
        LearningClaim claim = get(claimId);
        if (claim.getStatus() != ClaimStatus.VERIFIED) {
            throw new IllegalStateException("claim " + claim.getClaimNumber() + " is " + claim.getStatus());
        }
        return ledger.creditClaim(new JpLedger.ClaimCredit(claim.getId(), claim.getEmployeeNip(), claim.getKind(),
                claim.getTitle(), claim.getOrganiser(), claim.getStartsOn(), claim.getEndsOn(), claim.getMinutes()));
    }

    @Transactional(readOnly = true)
    public LearningClaim get(long claimId) {
        return claims.findById(claimId).orElseThrow(() -> new IllegalStateException("no claim " + claimId));
    }

    /** A claim by its number or id, if the caller may read it (the claimant, their supervisor, HR of the agency). */
    @Transactional(readOnly = true)
    public Optional<LearningClaim> readable(String ref) {
        Optional<LearningClaim> claim = ref.matches("\\d{1,18}") ? claims.findById(Long.parseLong(ref))
                : claims.findByClaimNumber(ref);
        return claim.filter(c -> employees.find(c.getEmployeeNip()).filter(access::mayRead).isPresent());
    }

    /** The claims of an employee the caller may read, newest first. */
    @Transactional(readOnly = true)
    public List<LearningClaim> of(String nip) {
        Employee employee = employees.find(nip).filter(access::mayRead).orElseThrow(() -> new RequestRefused(
                HttpStatus.NOT_FOUND, new FieldError("nip", "case.employee.unknown", nip)));
        return claims.findByEmployeeNipOrderBySubmittedAtDesc(employee.getNip());
    }

    @Transactional(readOnly = true)
    public byte[] certificate(LearningClaim claim) {
        return jdbc.queryForObject("select content from learning_claim_certificate where claim_id = ?", byte[].class,
                claim.getId());
    }

    private static int minutes(String value, long max) {
        long minutes;
        try {
            minutes = Long.parseLong(required(value, "minutes"));
        } catch (NumberFormatException e) {
            throw refused("minutes", "form.integer.type");
        }
        if (minutes < 1 || minutes > max) {
            throw refused("minutes", "claim.minutes.range", String.valueOf(max));
        }
        return (int) minutes;
    }
}
