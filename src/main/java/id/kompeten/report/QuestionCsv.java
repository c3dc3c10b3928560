package id.kompeten.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's questions and their answers as CSV rows ({@code pertanyaan.csv} beside the report's pages): each
 * question of each instrument, then each instrument by unit and by training mode (its question left empty); the
 * answers on the scale of 1 to 5, the share of 4–5 and the mean.
 */
final class QuestionCsv {

    private QuestionCsv() {}

    /** One row: a question (or a group of an instrument's answers) with its figures. */
    record Row(String instrument, String question, String by, String group, Integer asked, int answered, int n1,
               int n2, int n3, int n4, int n5, BigDecimal agreeShare, BigDecimal mean) {}

    static final List<ReportCsv.Column<Row>> COLUMNS = List.of(
            new ReportCsv.Column<>("instrument", Row::instrument, "page.instrument."),
            new ReportCsv.Column<>("question", Row::question, "question."),
            new ReportCsv.Column<>("by", Row::by, "page.questions.by."),
            new ReportCsv.Column<>("group", Row::group),
            new ReportCsv.Column<>("asked", Row::asked),
            new ReportCsv.Column<>("answered", Row::answered),
            new ReportCsv.Column<>("n1", Row::n1),
            new ReportCsv.Column<>("n2", Row::n2),
            new ReportCsv.Column<>("n3", Row::n3),
            new ReportCsv.Column<>("n4", Row::n4),
            new ReportCsv.Column<>("n5", Row::n5),
            new ReportCsv.Column<>("agreeShare", Row::agreeShare),
            new ReportCsv.Column<>("mean", Row::mean));

    static List<Row> rows(ProgrammeEvidence.Methodology m) {
        List<Row> rows = new ArrayList<>();
        if (m.questions() == null) {
            return rows;
        }
        for (ProgrammeEvidence.Question q : m.questions()) {
            List<Integer> c = q.counts();
            rows.add(new Row(q.instrument(), q.question(), null, null, q.asked(), q.answered(), c.get(0), c.get(1),
                    c.get(2), c.get(3), c.get(4), q.agreeShare(), q.mean()));
        }
        for (ProgrammeEvidence.QuestionGroup g : m.groups()) {
            List<Integer> c = g.counts();
            rows.add(new Row(g.instrument(), null, g.by(), g.group(), null, g.answers(), c.get(0), c.get(1), c.get(2),
                    c.get(3), c.get(4), g.agreeShare(), g.mean()));
        }
        return rows;
    }
}
