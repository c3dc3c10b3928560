package id.kompeten.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The text Kompeten writes for each section of a report from its figures, which HR may rewrite in the review before
 * publishing (programme's {@code ReportTexts} keep what they wrote, by version): the page shows HR's text where
 * there is one, else this.
 */
@Service
public class ReportProse {

    /** The report's sections by their ids (the page's anchors), in order. */
    public static final List<String> SECTIONS = List.of("pendahuluan", "tujuan", "metodologi", "hasil", "tantangan",
            "rekomendasi", "kesimpulan");

    private final MessageSource messages;

    ReportProse(MessageSource messages) {
        this.messages = messages;
    }

    /** The figures a finding may rest on: every figure of {@link ProgrammeFigures} by its name. */
    public static List<String> figureNames() {
        List<String> names = new ArrayList<>();
        for (java.lang.reflect.RecordComponent c : ProgrammeFigures.class.getRecordComponents()) {
            if (c.getType() == ProgrammeFigures.Figure.class) {
                names.add(c.getName());
            }
        }
        return names;
    }

    /** A figure's value by its name (null when it has none yet, or there is no such figure). */
    public static java.math.BigDecimal value(ProgrammeFigures figures, String name) {
        return ReportAssembly.valueOf(figures, name);
    }

    /** Each section's text in Indonesian, as the review form offers it to edit. */
    public Map<String, String> indonesian(ProgrammeReport report) {
        Map<String, String> texts = new LinkedHashMap<>();
        of(report, new ReportText(messages, "id")).forEach((section, paragraphs) -> texts.put(section,
                String.join("\n\n", paragraphs)));
        return texts;
    }

    /** Each section's paragraphs in the reader's language. */
    static Map<String, List<String>> of(ProgrammeReport report, ReportText t) {
        Map<String, List<String>> prose = new LinkedHashMap<>();
        prose.put("pendahuluan", intro(report, t));
        prose.put("tujuan", List.of(goals(report, t)));
        prose.put("metodologi", List.of(t.get("page.method.intro", t.date(report.methodology().periodFrom()),
                t.date(report.methodology().periodTo()))));
        ProgrammeFigures f = report.figures();
        prose.put("hasil", List.of(t.get("page.prose.results", t.figure("reactionMean", f.reactionMean().value()),
                t.figure("gainMean", f.gainMean().value()), t.figure("masteredShare", f.masteredShare().value()),
                t.figure("jpCredited", f.jpCredited().value()), report.indicators().size())));
        int strengths = report.strengths() == null ? 0 : report.strengths().size();
        int themes = report.themes() == null ? 0 : report.themes().size();
        // no challenge is said plainly; what else the section holds, after it
        prose.put("tantangan", List.of(report.findings().isEmpty()
                ? t.get("page.findings.none") + (strengths + themes == 0 ? "" : " " + t.get("page.prose.challenges.none",
                        strengths, themes))
                : t.get("page.prose.challenges", report.findings().size(), strengths, themes)));
        prose.put("rekomendasi", List.of(t.get(report.findings().isEmpty() && strengths == 0 && themes == 0
                ? "page.recommendations.none" : "page.prose.recommendations")));
        prose.put("kesimpulan", List.of(t.pick(report.conclusion())));
        return prose;
    }

    private static List<String> intro(ProgrammeReport report, ReportText t) {
        ProgrammeFigures f = report.figures();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(report.code() == null
                // counts as numbers (English chooses singular or plural by them), the year as text
                ? t.get("page.intro.agency", report.agency(), String.valueOf(report.year()), f.cases(),
                        report.jpCompliance().participants(), f.closed())
                : t.get("page.intro", report.name(), report.code(), report.agency(), String.valueOf(report.year()),
                        report.jpCompliance().participants(), f.cases(), f.closed()));
        if (f.budgetAllocated() != null) {
            paragraphs.add(t.get("page.intro.budget", t.figure("budgetAllocated", f.budgetAllocated()),
                    t.figure("budgetUsed", f.budgetUsed().value()), t.figure("budgetUsedShare", f.budgetUsedShare().value())));
        }
        if (report.competencies() != null && !report.competencies().isEmpty()) {
            paragraphs.add(t.get("page.intro.competencies", String.join(", ", report.competencies().stream()
                    .map(c -> (t.english() ? c.nameEn() : c.name()) + " (" + c.code() + ")").toList())));
        }
        return paragraphs;
    }

    private static String goals(ProgrammeReport report, ReportText t) {
        if (report.code() == null) {
            ProgrammeEvidence.JpCompliance jp = report.jpCompliance();
            return t.get("page.goals.agency", t.number(jp.target()), jp.atTarget(), jp.participants());
        }
        if (report.goals().isEmpty()) {
            return t.get("page.goals.none");
        }
        long reached = report.goals().stream().filter(ProgrammeReport.GoalResult::reached).count();
        return t.get("page.prose.goals", reached, report.goals().size());
    }
}
