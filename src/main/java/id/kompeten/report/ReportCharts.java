package id.kompeten.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report's four charts as data: the page draws them with Chart.js, the PDF embeds them as PNG drawn by
 * JFreeChart (a PDF runs no script). Every chart also keeps its numbers, shown as a table beside it in the PDF.
 */
final class ReportCharts {

    private static final Logger log = LoggerFactory.getLogger(ReportCharts.class);

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportCharts() {}

    static List<Map<String, Object>> of(ProgrammeReport report, ReportText t, boolean images) {
        ProgrammeFigures f = report.figures();
        List<Map<String, Object>> charts = new ArrayList<>();
        List<String> bands = new ArrayList<>(f.reactionDistribution().keySet());
        charts.add(chart(t, "chart-reaction", t.get("page.chart.reaction"), "bar", bands,
                bands.stream().map(b -> (Number) f.reactionDistribution().get(b)).toList(), images));
        int withGain = f.gainMean().cases().size();
        charts.add(chart(t, "chart-gain", t.get("page.chart.gain"), "bar",
                List.of(t.get("page.chart.gain.low"), t.get("page.chart.gain.medium"), t.get("page.chart.gain.high")),
                List.of(count(f.gainLowShare(), withGain), count(f.gainMediumShare(), withGain),
                        count(f.gainHighShare(), withGain)), images));
        charts.add(chart(t, "chart-levels", t.get("page.chart.levels"), "bar",
                List.of(t.get("page.chart.level.l1"), t.get("page.chart.level.l2"), t.get("page.chart.level.l3"),
                        t.get("page.chart.level.mastered")),
                List.of(scaled(f.reactionMean(), 1), scaled(f.gainMean(), 100), scaled(f.transferMean(), 1),
                        scaled(f.masteredShare(), 100)), images));
        ProgrammeEvidence.JpCompliance jp = report.jpCompliance();
        charts.add(chart(t, "chart-jp", t.get("page.chart.jp"), "doughnut",
                List.of(t.get("page.chart.jp.at"), t.get("page.chart.jp.below")),
                List.of(jp.atTarget(), jp.participants() - jp.atTarget()), images));
        return charts;
    }

    private static Number count(ProgrammeFigures.Figure share, int of) {
        return share.value() == null ? 0 : share.cases().size();
    }

    private static Number scaled(ProgrammeFigures.Figure figure, int by) {
        return figure.value() == null ? 0 : figure.value().multiply(BigDecimal.valueOf(by)).doubleValue();
    }

    static Map<String, Object> chart(ReportText t, String id, String title, String type, List<String> labels,
                                             List<Number> values, boolean images) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("id", id);
        chart.put("title", title);
        chart.put("type", type);
        chart.put("labels", labels);
        chart.put("data", values); // not "values": OGNL reads map.values as Map.values()
        chart.put("shown", values.stream().map(v -> t.number(BigDecimal.valueOf(v.doubleValue()))).toList());
        chart.put("image", images ? png(title, labels, values) : null);
        chart.put("spec", spec(type, title, labels, values)); // the page's data-chart, read by assets/report.js
        return chart;
    }

    private static String spec(String type, String title, List<String> labels, List<Number> values) {
        try {
            return JSON.writeValueAsString(Map.of("type", type, "title", title, "labels", labels, "data", values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bar chart as a data URI; null (the table alone) if this machine cannot draw (no fonts for AWT). */
    private static String png(String title, List<String> labels, List<Number> values) {
        try {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            for (int i = 0; i < labels.size(); i++) {
                data.addValue(values.get(i), "", labels.get(i));
            }
            JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL,
                    false, false, false);
            chart.setBackgroundPaint(Color.WHITE);
            chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
            chart.getCategoryPlot().setRangeGridlinePaint(new Color(0xDDDDDD));
            chart.getCategoryPlot().getRenderer().setSeriesPaint(0, new Color(0x1F6FB2));
            // from 0, and never a range of nothing (all zero would draw an axis of -5E-9 to 5E-9)
            double max = values.stream().mapToDouble(Number::doubleValue).max().orElse(0);
            NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
            axis.setRange(0, Math.max(1, max * 1.1));
            if (max <= 20) {
                axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ChartUtils.writeBufferedImageAsPNG(png, chart.createBufferedImage(520, 260));
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (IOException | RuntimeException | Error e) {
            log.warn("chart '{}' not drawn for the PDF ({}); its table stands alone", title, e.toString());
            return null;
        }
    }
}
