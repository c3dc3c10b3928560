package id.kompeten.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The report reads what other features own only through its read model, the {@code report_*} views of
 * {@code V12__report_read_model.sql}: every name after FROM or JOIN in the SQL of the report package is one of
 * them, each is a view whose comment names the table it shows and the feature that owns that table, and the
 * model has no view the report does not read. The one query of another feature it runs is training's own,
 * by name ({@code JpLedger.YEAR_TOTALS}, the JP of a year).
 */
@SpringBootTest
@ActiveProfiles("test")
class ReportReadModelTests {

    static final Path REPORT = Paths.get("src/main/java/id/kompeten/report");
    static final Pattern READ = Pattern.compile("\\b(?:from|join)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    static final Pattern OWNER = Pattern.compile("read model of the report; table ([a-z_]+), owned by ([a-z]+)");

    @Autowired JdbcTemplate jdbc;

    @Test
    void theReportsSqlReadsOnlyItsViews() throws IOException {
        Map<String, List<String>> reads = reads();
        assertThat(reads.values().stream().mapToInt(List::size).sum()).as("names read: the check sees the SQL")
                .isGreaterThan(30);
        List<String> tables = new ArrayList<>();
        reads.forEach((file, names) -> names.stream().filter(n -> !n.startsWith("report_"))
                .forEach(n -> tables.add(file + " reads " + n)));
        assertThat(tables).as("tables the report reads directly, not through a report_ view").isEmpty();
    }

    @Test
    void eachViewNamesTheTableItShowsAndItsOwnerAndIsRead() throws IOException {
        TreeSet<String> read = new TreeSet<>();
        reads().values().forEach(names -> names.forEach(n -> read.add(n.toLowerCase())));
        Map<String, String> views = new TreeMap<>();
        jdbc.query("select lower(table_name), remarks from information_schema.tables where table_type = 'VIEW'"
                + " and lower(table_name) like 'report\\_%'", rs -> { views.put(rs.getString(1), rs.getString(2)); });
        assertThat(views.keySet()).as("the read model is what the report reads").isEqualTo(read);
        views.forEach((view, comment) -> {
            Matcher owner = OWNER.matcher(comment == null ? "" : comment);
            assertThat(owner.matches()).as(view + "'s comment: " + comment).isTrue();
            assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_type = 'BASE TABLE'"
                    + " and lower(table_name) = ?", Integer.class, owner.group(1))).as(view + " shows a table").isEqualTo(1);
            assertThat(Files.isDirectory(REPORT.resolveSibling(owner.group(2))) && !owner.group(2).equals("report"))
                    .as(view + " is owned by a feature other than the report: " + owner.group(2)).isTrue();
        });
    }

    @Test
    void theCheckFindsEveryNameAfterFromOrJoin() {
        assertThat(names("select c.x from competency_case c left join report_case r on r.x = c.x"
                + " where c.y in (select y FROM\n  enrollment) and z from (select 1) q"))
                .containsExactly("competency_case", "report_case", "enrollment");
        assertThat(literals("String a = \"from x\"; char q = '\"'; // \"from y\"\n /* \"from z\" */ String b = \"\"\"\n"
                + "    join w \"quoted\"\n    \"\"\"; String c = \"a\\\"b\";"))
                .containsExactly("from x", "\n    join w \"quoted\"\n    ", "a\\\"b");
    }

    /** The names read after FROM or JOIN in the string literals of each source file of the report package. */
    static Map<String, List<String>> reads() throws IOException {
        Map<String, List<String>> reads = new TreeMap<>();
        try (Stream<Path> files = Files.list(REPORT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                // the literals of a file joined, so a name in the literal after "... from" + " x" is still seen
                reads.put(file.getFileName().toString(), names(String.join(" ", literals(Files.readString(file)))));
            }
        }
        return reads;
    }

    static List<String> names(String sql) {
        List<String> names = new ArrayList<>();
        Matcher m = READ.matcher(sql);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The contents of the string literals and text blocks of Java source, in order; comments and chars skipped. */
    static List<String> literals(String java) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < java.length()) {
            if (java.startsWith("//", i)) {
                i = java.indexOf('\n', i) < 0 ? java.length() : java.indexOf('\n', i);
            } else if (java.startsWith("/*", i)) {
                i = java.indexOf("*/", i + 2) + 2;
            } else if (java.startsWith("\"\"\"", i)) {
                int end = java.indexOf("\"\"\"", i + 3);
                literals.add(java.substring(java.indexOf('\n', i), end));
                i = end + 3;
            } else if (java.charAt(i) == '"' || java.charAt(i) == '\'') {
                char quote = java.charAt(i);
                int end = i + 1;
                while (java.charAt(end) != quote) {
                    end += java.charAt(end) == '\\' ? 2 : 1;
                }
                if (quote == '"') {
                    literals.add(java.substring(i + 1, end));
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return literals;
    }
}
