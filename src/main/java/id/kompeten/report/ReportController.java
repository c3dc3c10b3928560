package id.kompeten.report;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.RequestRefused;
import id.kompeten.report.ReportRules.Finding;
import id.kompeten.security.CaseAccess;
import id.kompeten.system.KompetenProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluation figures of an agency's year as JSON (the programme report builds on the same figures):
 * every figure with the cases behind it, and the challenges and recommendations the rules derive, in
 * Indonesian and English. HR of the agency, or an administrator.
 */
@RestController
class ReportController {

    private final ReportData data;
    private final ReportRules rules;
    private final CaseAccess access;
    private final MessageSource messages;
    private final Clock clock;

    ReportController(ReportData data, KompetenProperties properties, CaseAccess access, MessageSource messages,
                     Clock clock) {
        this.data = data;
        KompetenProperties.Report r = properties.report();
        this.rules = new ReportRules(new ReportRules.Thresholds(r.absenceRateAbove(), r.relevanceBelow(),
                r.responseRateBelow(), r.gainBelow(), r.masteredShareBelow(), r.budgetUsedAtLeast()));
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    record Text(String id, String en) {}

    record FindingView(String code, String figure, BigDecimal value, BigDecimal threshold, List<String> cases,
                       Text challenge, Text recommendation) {}

    record AgencyReport(String agency, int year, ProgrammeFigures figures, List<FindingView> findings) {}

    @GetMapping("/api/reports/agencies")
    AgencyReport agency(@RequestParam String agency, @RequestParam(required = false) Integer year) {
        if (!access.mayManageAgency(agency)) {
            throw new RequestRefused(HttpStatus.FORBIDDEN, new FieldError("agency", "jp.agency.forbidden", agency));
        }
        int thisYear = Year.now(clock).getValue();
        int y = year == null ? thisYear : year;
        if (y < 2000 || y > thisYear + 1) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, new FieldError("year", "case.year.range", 2000, thisYear + 1));
        }
        List<CaseFigures> cases = data.agency(agency, y);
        ProgrammeFigures figures = new ProgrammeEvaluator().evaluate(cases, data.budgetAllocated(agency, y));
        List<String> awaiting = cases.stream().filter(c -> !c.closed() && c.attended() == 0 && c.targetedCompetencies() > 0)
                .map(CaseFigures::caseNumber).toList();
        return new AgencyReport(agency, y, figures, rules.findings(figures, awaiting).stream().map(this::view).toList());
    }

    private FindingView view(Finding f) {
        Object[] args = {shown(f.figure(), f.value()), shown(f.figure(), f.threshold())};
        String key = "report.finding." + f.code().name();
        return new FindingView(f.code().name(), f.figure(), f.value(), f.threshold(), f.cases(),
                new Text(messages.getMessage(key + ".challenge", args, Locale.forLanguageTag("id")),
                        messages.getMessage(key + ".challenge", args, Locale.ENGLISH)),
                new Text(messages.getMessage(key + ".recommendation", args, Locale.forLanguageTag("id")),
                        messages.getMessage(key + ".recommendation", args, Locale.ENGLISH)));
    }

    /** Shares as percentages, other figures as they are; as text, so MessageFormat adds no separators. */
    static String shown(String figure, BigDecimal value) {
        boolean share = figure.endsWith("Rate") || figure.endsWith("Share");
        BigDecimal shown = share ? value.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) : value;
        return shown.stripTrailingZeros().toPlainString() + (share ? "%" : "");
    }
}
