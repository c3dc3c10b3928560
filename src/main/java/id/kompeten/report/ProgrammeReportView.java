package id.kompeten.report;

import id.kompeten.training.DevelopmentKind;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation report as the page and the PDF show it: the seeds' seven sections, each a list of paragraphs,
 * bullet items, tables and charts, already in the reader's language. Every figure links to the cases behind it.
 */
final class ProgrammeReportView {

    private final ProgrammeReport report;
    private final ReportText t;
    private final String base;
    private final String query;
    private final List<ReportVersions.Written> written;
    private final List<ReportVersions.OwnFinding> own;
    private final Map<String, List<String>> prose;
    private final ReportThemes themes;

    /**
     * @param base the report page's path, under which {@code /kasus} lists the cases behind a figure
     * @param query the page's own parameters (language, version, agency and year) that every link keeps
     * @param written the sections HR rewrote in the version shown (none for the current figures)
     * @param own the findings HR added in the version shown
     * @param themes the configured themes, to name one no answer of the report raises
     */
    ProgrammeReportView(ProgrammeReport report, ReportText t, String base, String query,
                        List<ReportVersions.Written> written, List<ReportVersions.OwnFinding> own, ReportThemes themes) {
        this.themes = themes;
        this.report = report;
        this.t = t;
        this.base = base;
        this.query = query;
        this.written = written;
        this.own = own;
        this.prose = ReportProse.of(report, t);
    }

    /** HR's text of the section if they wrote one, else Kompeten's. */
    private Optional<ReportVersions.Written> writtenFor(String section) {
        return written.stream().filter(w -> w.section().equals(section)).findFirst();
    }

    private List<String> paragraphs(String section) {
        return writtenFor(section).map(w -> List.of(w.body().split("\\n\\s*\\n"))).orElse(prose.get(section));
    }

    /** An agency's year (no programme code) rather than a programme. */
    private boolean agencyYear() {
        return report.code() == null;
    }

    Map<String, Object> page(String versionNote, boolean pdf) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("lang", t.lang());
        page.put("title", t.get(agencyYear() ? "page.agency.title" : "page.title", report.name()));
        page.put("subtitle", t.get("page.subtitle", report.agency(), String.valueOf(report.year())));
        page.put("versionNote", versionNote);
        page.put("pdf", pdf);
        page.put("sections", List.of(intro(), goals(), method(pdf), results(pdf), challenges(), recommendations(),
                conclusion(), answers()));
        return page;
    }

    /** Every free-text answer the report counted, with its source and themes; no names (versions kept before have none). */
    private Map<String, Object> answers() {
        List<ProgrammeReport.AnswerRow> all = report.answers() == null ? List.of() : report.answers();
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        for (ProgrammeReport.AnswerRow a : all) {
            rows.add(List.of(cell(t.get("answer.role." + a.role())), cell(a.unit() == null ? t.get("needs.noUnit") : a.unit()),
                    caseCell(a.caseNumber()), cell(t.get("answer.source." + a.source())), cell(a.text()),
                    cell(a.themes().stream().map(this::themeName).collect(java.util.stream.Collectors.joining(", ")))));
        }
        return section("jawaban", "page.section.answers", List.of(t.get(all.isEmpty() ? "page.answers.none" : "page.answers.intro",
                all.size())), List.of(), all.isEmpty() ? List.of() : List.of(table(null, List.of(t.get("page.answers.role"),
                t.get("page.answers.unit"), t.get("page.answers.case"), t.get("page.answers.question"),
                t.get("page.answers.text"), t.get("page.answers.themes")), rows)), List.of());
    }

    /** A case's number linking to its case file (which CaseAccess shows to whoever may read the case). */
    private static Map<String, Object> caseCell(String caseNumber) {
        if (caseNumber == null) {
            return cell("–");
        }
        Map<String, Object> cell = cell(caseNumber);
        cell.put("href", "/api/cases/" + caseNumber);
        return cell;
    }

    private String themeName(String code) {
        return themes().stream()
                .filter(x -> x.theme().equals(code)).findFirst().map(x -> t.pick(x.name()))
                .orElseGet(() -> themes.theme(code).map(x -> t.english() ? x.en() : x.id()).orElse(code));
    }

    /** What an HR finding rests on, in words: the figure and its value, or the theme and its answers. */
    private String evidence(String evidence) {
        if (evidence.startsWith("theme:")) {
            String code = evidence.substring("theme:".length());
            int answers = themes().stream()
                    .filter(x -> x.theme().equals(code)).mapToInt(ProgrammeReport.ThemeCount::answers).sum();
            return t.get("page.own.evidence.theme", themeName(code), answers);
        }
        return t.get("page.own.evidence.figure", t.get("figure." + evidence), t.figure(evidence,
                ReportAssembly.valueOf(report.figures(), evidence)));
    }

    private String evidenceHref(String evidence) {
        return evidence.startsWith("theme:") ? "#jawaban" : href(evidence);
    }

    private Map<String, Object> intro() {
        List<String> paragraphs = paragraphs("pendahuluan");
        List<Map<String, Object>> tables = new ArrayList<>();
        if (report.sessions() != null && !report.sessions().isEmpty()) {
            List<List<Map<String, Object>>> rows = new ArrayList<>();
            for (ProgrammeEvidence.Session s : report.sessions()) {
                rows.add(List.of(cell(s.course() + " (" + s.organiser() + ")"), cell(t.period(s.startsAt(), s.endsAt())),
                        cell(t.code("training.mode.", s.mode())), cell(s.place() == null ? "" : s.place()), cell(s.enrolled() + " / " + s.seats())));
            }
            tables.add(table(t.get("page.sessions"), List.of(t.get("page.sessions.course"), t.get("page.sessions.when"),
                    t.get("page.sessions.mode"), t.get("page.sessions.place"), t.get("page.sessions.seats")), rows));
        }
        return section("pendahuluan", "page.section.intro", paragraphs, List.of(), tables, List.of());
    }

    private Map<String, Object> goals() {
        if (agencyYear() || report.goals().isEmpty()) {
            return section("tujuan", "page.section.goals", paragraphs("tujuan"), List.of(), List.of(), List.of());
        }
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        for (ProgrammeReport.GoalResult g : report.goals()) {
            rows.add(List.of(cell(t.pick(g.description())), cell(t.get("figure." + g.figure())),
                    cell(t.figure(g.figure(), g.atLeast())), figureCell(g.figure()),
                    cell(t.get(g.reached() ? "page.yes" : "page.no"))));
        }
        return section("tujuan", "page.section.goals", paragraphs("tujuan"), List.of(), List.of(table(null, List.of(
                t.get("page.goals.goal"), t.get("page.goals.figure"), t.get("page.goals.target"),
                t.get("page.goals.value"), t.get("page.goals.reached")), rows)), List.of());
    }

    private Map<String, Object> method(boolean pdf) {
        ProgrammeEvidence.Methodology m = report.methodology();
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        for (ProgrammeEvidence.Instrument i : m.instruments()) {
            String rate = i.sent() == 0 ? t.get("page.noValue") : t.figure("responseRate",
                    BigDecimal.valueOf(i.returned()).divide(BigDecimal.valueOf(i.sent()), 4, java.math.RoundingMode.HALF_UP));
            rows.add(List.of(cell(t.get("page.instrument." + i.code())),
                    cell(i.level() == 0 ? t.get("page.method.level.0") : "L" + i.level()),
                    cell(String.valueOf(i.sent())), cell(String.valueOf(i.returned())), cell(rate)));
        }
        List<Map<String, Object>> tables = new ArrayList<>();
        tables.add(table(null, List.of(t.get("page.method.instrument"), t.get("page.method.level"),
                t.get("page.method.sent"), t.get("page.method.returned"), t.get("page.method.rate")), rows));
        List<Map<String, Object>> charts = new ArrayList<>();
        if (m.questions() != null) { // versions kept before the questions were reported have none
            tables.addAll(questionTables(m));
            List<ProgrammeEvidence.Question> survey = m.questions().stream()
                    .filter(q -> q.instrument().equals("POST_TRAINING_SURVEY") && q.agreeShare() != null).toList();
            if (!survey.isEmpty()) {
                charts.add(ReportCharts.chart(t, "chart-questions", t.get("page.chart.questions"), "bar",
                        survey.stream().map(q -> t.get("question." + q.question() + ".short")).toList(),
                        survey.stream().map(q -> (Number) q.agreeShare().multiply(BigDecimal.valueOf(100)).doubleValue())
                                .toList(), pdf));
            }
        }
        return section("metodologi", "page.section.method", paragraphs("metodologi"), List.of(), tables, charts);
    }

    /**
     * Each question with its answers: asked, answered, how many gave each point of the scale (and their share),
     * the share of 4–5 and the mean; then each instrument by unit and by training mode.
     */
    private List<Map<String, Object>> questionTables(ProgrammeEvidence.Methodology m) {
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        String previous = null;
        for (ProgrammeEvidence.Question q : m.questions()) {
            int total = q.counts().stream().mapToInt(Integer::intValue).sum();
            // the instrument named once, on its first question
            String instrument = q.instrument().equals(previous) ? "" : t.get("page.instrument." + q.instrument());
            previous = q.instrument();
            List<Map<String, Object>> row = new ArrayList<>(List.of(cell(instrument),
                    cell(t.get("question." + q.question())), cell(String.valueOf(q.asked())),
                    cell(String.valueOf(q.answered()))));
            for (int n : q.counts()) {
                row.add(cell(total == 0 ? "0" : n + " (" + t.figure("responseRate", BigDecimal.valueOf(n)
                        .divide(BigDecimal.valueOf(total), 4, java.math.RoundingMode.HALF_UP)) + ")"));
            }
            // a question nobody answered (yet) has no share and no mean: a dash, as in a printed table
            row.add(cell(q.agreeShare() == null ? "–" : t.figure("responseRate", q.agreeShare())));
            row.add(cell(q.mean() == null ? "–" : t.number(q.mean())));
            rows.add(row);
        }
        List<Map<String, Object>> tables = new ArrayList<>();
        tables.add(table(t.get("page.questions.caption"), List.of(t.get("page.method.instrument"),
                t.get("page.questions.question"), t.get("page.method.sent"), t.get("page.questions.answered"), "1", "2",
                "3", "4", "5", t.get("page.questions.agree"), t.get("page.questions.mean")), rows));
        List<List<Map<String, Object>>> groups = new ArrayList<>();
        for (ProgrammeEvidence.QuestionGroup g : m.groups()) {
            String name = g.by().equals("MODE") ? t.code("training.mode.", g.group())
                    : g.by().equals("KIND") ? t.code("development.kind.", g.group())
                    : g.group().isEmpty() ? t.get("needs.noUnit") : g.group();
            groups.add(List.of(cell(t.get("page.instrument." + g.instrument())), cell(t.get("page.questions.by." + g.by())),
                    cell(name), cell(String.valueOf(g.answers())),
                    cell(g.agreeShare() == null ? "–" : t.figure("responseRate", g.agreeShare())),
                    cell(g.mean() == null ? "–" : t.number(g.mean()))));
        }
        if (!groups.isEmpty()) {
            tables.add(table(t.get("page.questions.groups"), List.of(t.get("page.method.instrument"),
                    t.get("page.questions.by"), t.get("page.questions.group"), t.get("page.questions.answers"),
                    t.get("page.questions.agree"), t.get("page.questions.mean")), groups));
        }
        return tables;
    }

    private Map<String, Object> results(boolean pdf) {
        List<List<Map<String, Object>>> figures = new ArrayList<>();
        for (RecordComponent c : ProgrammeFigures.class.getRecordComponents()) {
            if (c.getType() == ProgrammeFigures.Figure.class) {
                ProgrammeFigures.Figure figure = ReportAssembly.figure(report.figures(), c.getName());
                figures.add(List.of(cell(t.get("figure." + c.getName())), figureCell(c.getName()),
                        link(t.get("page.cases.count", figure.cases().size()), c.getName())));
            }
        }
        List<Map<String, Object>> tables = new ArrayList<>();
        tables.add(table(null, List.of(t.get("page.results.figure"), t.get("page.results.value"),
                t.get("page.results.basis")), figures));
        List<List<Map<String, Object>>> l4 = new ArrayList<>();
        for (ProgrammeEvidence.Indicator i : report.indicators()) {
            l4.add(List.of(cell(i.unit()), cell(i.name()), cell(t.number(i.before())), cell(t.number(i.after())),
                    cell((i.change().signum() > 0 ? "+" : "") + t.number(i.change())),
                    cell(t.get(i.improved() ? "page.yes" : "page.no"))));
        }
        tables.add(l4.isEmpty() ? table(t.get("page.results.l4"), List.of(), List.of(List.of(cell(t.get("page.results.l4.none")))))
                : table(t.get("page.results.l4"), List.of(t.get("page.results.l4.unit"), t.get("page.results.l4.name"),
                t.get("page.results.l4.before"), t.get("page.results.l4.after"), t.get("page.results.l4.change"),
                t.get("page.results.l4.improved")), l4));
        // the heads' view of their units (versions kept before they were asked have none)
        List<ProgrammeEvidence.UnitView> views = report.unitViews() == null ? List.of() : report.unitViews();
        if (!views.isEmpty()) {
            List<List<Map<String, Object>>> rows = new ArrayList<>();
            for (ProgrammeEvidence.UnitView v : views) {
                rows.add(List.of(cell(v.unit()), cell(rating(v.teamWork())), cell(rating(v.reportQuality())),
                        cell(rating(v.administrationSpeed())), cell(rating(v.publicSatisfaction())),
                        cell(v.answered() ? v.observedChanges() : t.get("page.unitViews.notAnswered"))));
            }
            tables.add(table(t.get("page.unitViews"), List.of(t.get("page.unitViews.unit"),
                    t.get("page.unitViews.teamWork"), t.get("page.unitViews.reportQuality"),
                    t.get("page.unitViews.administrationSpeed"), t.get("page.unitViews.publicSatisfaction"),
                    t.get("page.unitViews.changes")), rows));
        }
        ProgrammeEvidence.JpCompliance jp = report.jpCompliance();
        List<List<Map<String, Object>>> standings = new ArrayList<>();
        for (ProgrammeEvidence.JpStanding s : jp.standings()) {
            standings.add(List.of(cell(s.name() + " (NIP " + s.nip() + ")"), cell(t.number(s.jp())),
                    cell(t.get(s.atTarget() ? "page.yes" : "page.no"))));
        }
        tables.add(table(t.get("page.results.jp", String.valueOf(jp.year()), t.number(jp.target())),
                List.of(t.get("page.results.jp.name"), t.get("page.results.jp.jp"), t.get("page.results.jp.atTarget")),
                standings));
        if (jp.byKind() != null) {
            List<List<Map<String, Object>>> kinds = new ArrayList<>();
            for (ProgrammeEvidence.JpByKind k : jp.byKind()) {
                kinds.add(List.of(cell(t.code("development.kind.", k.kind())),
                        cell(t.code("development.family.", DevelopmentKind.of(k.kind())
                                .map(kind -> kind.family().name()).orElse(null))),
                        cell(String.valueOf(k.participants())), cell(String.valueOf(k.credits())), cell(t.number(k.jp()))));
            }
            tables.add(kinds.isEmpty() ? table(t.get("page.results.jpByKind", String.valueOf(jp.year())), List.of(),
                    List.of(List.of(cell(t.get("page.results.jpByKind.none")))))
                    : table(t.get("page.results.jpByKind", String.valueOf(jp.year())), List.of(
                            t.get("page.results.jpByKind.kind"), t.get("page.results.jpByKind.family"),
                            t.get("page.results.jpByKind.participants"), t.get("page.results.jpByKind.credits"),
                            t.get("page.results.jpByKind.jp")), kinds));
        }
        return section("hasil", "page.section.results", paragraphs("hasil"), List.of(), tables,
                ReportCharts.of(report, t, pdf));
    }

    private Map<String, Object> challenges() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (EvaluationReports.FindingView f : report.findings()) {
            // the figure by its name for readers, not its code
            items.add(item(t.pick(f.challenge()), t.get("page.finding.trigger", t.get("figure." + f.figure()),
                    t.figure(f.figure(), f.value()), t.figure(f.figure(), f.threshold()), f.cases().size()),
                    href(f.code())));
        }
        for (EvaluationReports.FindingView f : strengths()) {
            items.add(item(t.pick(f.challenge()), t.get("page.strength.basis", t.get("figure." + f.figure()),
                    t.figure(f.figure(), f.value()), t.figure(f.figure(), f.threshold()), f.cases().size()),
                    href(f.figure())));
        }
        for (ReportVersions.OwnFinding f : own) {
            items.add(item(t.get("page.own." + f.kind(), f.finding()), evidence(f.evidence()) + " · "
                    + t.get("page.own.by", f.writtenBy(), t.moment(f.writtenAt())), evidenceHref(f.evidence())));
        }
        // what the answers said, by the themes HR coded them with (versions kept before have none)
        for (ProgrammeReport.ThemeCount theme : themes()) {
            String quotes = theme.quotes().stream().map(q -> t.get("page.theme.quote", q.text(),
                    t.get("page.theme.role." + q.role()), q.unit() == null ? t.get("needs.noUnit") : q.unit()))
                    .collect(java.util.stream.Collectors.joining(" "));
            items.add(item(t.get("page.theme.challenge", t.pick(theme.name()), theme.answers()) + " " + quotes, null, null));
        }
        return section("tantangan", "page.section.challenges", paragraphs("tantangan"), items, List.of(), List.of());
    }

    private Map<String, Object> recommendations() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (EvaluationReports.FindingView f : report.findings()) {
            items.add(item(t.pick(f.recommendation()), null, null));
        }
        for (EvaluationReports.FindingView f : strengths()) {
            items.add(item(t.pick(f.recommendation()), null, null));
        }
        for (ReportVersions.OwnFinding f : own) {
            if (f.recommendation() != null) {
                items.add(item(f.recommendation(), t.get("page.own.by", f.writtenBy(), t.moment(f.writtenAt())),
                        evidenceHref(f.evidence())));
            }
        }
        for (ProgrammeReport.ThemeCount theme : themes()) {
            if (theme.recommendation() != null) {
                items.add(item(t.pick(theme.name()) + ": " + t.pick(theme.recommendation()), null, null));
            }
        }
        // Kompeten's text says there is nothing to recommend when nothing is found; HR's text stands as written
        List<String> paragraphs = items.isEmpty() || writtenFor("rekomendasi").isPresent() ? paragraphs("rekomendasi")
                : List.of(t.get("page.prose.recommendations"));
        return section("rekomendasi", "page.section.recommendations", paragraphs, items, List.of(), List.of());
    }

    private Map<String, Object> conclusion() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (ProgrammeReport.GoalResult g : report.goals()) {
            items.add(item(t.pick(g.description()) + ": " + t.figure(g.figure(), g.value()) + " / "
                    + t.figure(g.figure(), g.atLeast()) + " (" + t.get(g.reached() ? "page.yes" : "page.no") + ")",
                    null, href(g.figure())));
        }
        return section("kesimpulan", "page.section.conclusion", paragraphs("kesimpulan"), items, List.of(), List.of());
    }

    private Map<String, Object> figureCell(String name) {
        ProgrammeFigures.Figure figure = ReportAssembly.figure(report.figures(), name);
        return link(t.figure(name, figure == null ? null : figure.value()), name);
    }

    private String href(String figureOrFinding) {
        return base + "/kasus?angka=" + figureOrFinding + query;
    }

    private Map<String, Object> link(String text, String figure) {
        Map<String, Object> cell = cell(text);
        cell.put("href", href(figure));
        return cell;
    }

    static Map<String, Object> cell(String text) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("text", text);
        cell.put("href", null);
        return cell;
    }

    private static Map<String, Object> item(String text, String note, String href) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("text", text);
        item.put("note", note);
        item.put("href", href);
        return item;
    }

    static Map<String, Object> table(String caption, List<String> headers, List<List<Map<String, Object>>> rows) {
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("caption", caption);
        table.put("headers", headers);
        table.put("rows", rows);
        return table;
    }

    private String rating(Integer rating) {
        return rating == null ? "–" : rating + " / 5";
    }

    /** The coded themes (versions kept before answers were coded have none). */
    private List<ProgrammeReport.ThemeCount> themes() {
        return report.themes() == null ? List.of() : report.themes();
    }

    private List<EvaluationReports.FindingView> strengths() {
        return report.strengths() == null ? List.of() : report.strengths();
    }

    private Map<String, Object> section(String id, String titleKey, List<String> paragraphs,
                                        List<Map<String, Object>> items, List<Map<String, Object>> tables,
                                        List<Map<String, Object>> charts) {
        Map<String, Object> section = titled(id, t.get(titleKey), paragraphs, items, tables, charts);
        // whose words these are, where HR rewrote Kompeten's (kept with the version, as the figures are)
        section.put("writtenNote", writtenFor(id).map(w -> t.get("page.prose.written", w.writtenBy(),
                t.moment(w.writtenAt()))).orElse(null));
        return section;
    }

    /** A section as the template shows it (templates/report/programme.html), for every page in the report's style. */
    static Map<String, Object> titled(String id, String title, List<String> paragraphs, List<Map<String, Object>> items,
                                      List<Map<String, Object>> tables, List<Map<String, Object>> charts) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("id", id);
        section.put("title", title);
        section.put("paragraphs", paragraphs);
        section.put("items", items);
        section.put("tables", tables);
        section.put("charts", charts);
        return section;
    }
}
