package id.kompeten.system;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every query of ours finds its rows in a large table through an index, on PostgreSQL with ten years of data. The
 * queries are the catalogue's ({@code own-queries.sql}, {@link OwnQueries}), which must hold every SQL literal of
 * src/main/java and every repository query method, and only those ({@link SourceSql}). Our schema is made by our
 * migrations alone (Flyway; the engine's tables and queries are Camunda's) and filled by {@code years-of-data.sql}.
 * Each query is explained with sequential scans disabled, which asks whether an index CAN serve it. A table is then
 * still read whole by a Seq Scan where no index helps at all, or by an index scan without a condition on the index's
 * first column, where no index finds the rows (reading one whole is the cheapest way left) or where the planner finds
 * reading it all cheaper than looking each row up. Either, on a large table (any not SMALL), fails the test unless the
 * entry says why the query reads that table whole; so does such a reason the plan no longer needs.
 * Runs in the Failsafe execution "postgres": 15 s on this 2-core machine, most of it starting PostgreSQL and the fill.
 */
class PostgresIndexTests {

    /** Every table of ours not SMALL has at least this many rows in ten years of data: enough to prefer an index. */
    static final int LARGE = 10_000;

    /**
     * Tables that stay small however many years and cases go by: reading one whole costs less than its index. Every
     * other table of ours is large.
     */
    static final Map<String, String> SMALL = Map.ofEntries(
            entry("competency", "the national competencies and the agency's technical ones: tens to a few hundred"),
            entry("position", "the agency's positions: hundreds"),
            entry("position_requirement", "a handful of competencies per position: a few thousand"),
            entry("programme_budget", "a few budgets per agency and year"),
            entry("training_course", "the courses on offer: hundreds"),
            entry("training_session", "the sessions on offer: hundreds a year, a few thousand in ten years"),
            entry("programme", "a few dozen programmes a year"),
            entry("programme_goal", "a handful per programme"),
            entry("programme_competency", "a handful per programme"),
            entry("programme_session", "a few dozen per programme"),
            entry("programme_indicator", "a handful per programme"),
            entry("programme_report", "a few versions per programme"),
            entry("programme_report_text", "a few rewritten sections per report version"),
            entry("unit_head_interview", "one per unit of a programme's participants: a handful per programme"),
            entry("programme_report_finding", "a few of HR's findings per report version"),
            entry("agency_plan", "one per agency and year: hundreds in ten years"));

    /** Tables in our schema whose queries are not ours. */
    static final Map<String, String> NOT_OURS = Map.of(
            "flyway_schema_history", "Flyway's",
            "spring_session", "Spring Session's (its own indexes, V13); a session lives 30 minutes",
            "spring_session_attributes", "Spring Session's (by its primary key)");

    static final Path CATALOGUE = Path.of("src/test/resources/id/kompeten/system/own-queries.sql");
    static final Path YEARS_OF_DATA = Path.of("src/test/resources/id/kompeten/system/years-of-data.sql");

    static PostgresServer postgres;
    static Connection db;

    @BeforeAll
    static void tenYearsOfData() throws Exception {
        postgres = PostgresServer.start();
        Flyway.configure().dataSource(postgres.jdbcUrl(), "kompeten", "").locations("classpath:db/migration").load()
                .migrate();
        db = DriverManager.getConnection(postgres.jdbcUrl(), "kompeten", "");
        try (Statement sql = db.createStatement()) {
            sql.execute(SourceSql.read(YEARS_OF_DATA));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (db != null) {
            db.close();
        }
        postgres.close();
    }

    @Test
    void theCatalogueHoldsEveryQueryOfTheSourcesAndNothingElse() {
        List<SourceSql.Source> sources = SourceSql.of(Path.of("src/main/java"),
                SourceSql.ourNames(Path.of("src/main/resources/db/migration")));
        assertThat(sources).hasSizeGreaterThan(20);
        assertThat(OwnQueries.read(CATALOGUE).disagreements(sources)).isEmpty();
    }

    @Test
    void everyTableOfOursHasItsYearsOfData() throws SQLException {
        Map<String, Long> rows = rowCounts();
        assertThat(rows.keySet()).containsAll(SMALL.keySet());
        rows.forEach((table, count) -> assertThat(count).as("rows of %s", table)
                .isGreaterThanOrEqualTo(SMALL.containsKey(table) ? 1 : LARGE));
    }

    @Test
    void everyQueryOfOursReadsALargeTableOnlyThroughAnIndex() throws Exception {
        Set<String> tables = rowCounts().keySet();
        Map<String, String[]> indexes = indexes();
        List<String> problems = new ArrayList<>();
        try (Statement sql = db.createStatement()) {
            sql.execute("set enable_seqscan = off");
            for (OwnQueries.Entry query : OwnQueries.read(CATALOGUE).entries()) {
                List<String> scans = scans(plan(sql, "explain (format json) " + query.sql()), indexes);
                System.out.println(query.name() + ": " + scans);
                List<String> whole = scans.stream().filter(s -> s.contains(" whole ")).toList();
                List<String> found = new ArrayList<>(whole.stream().filter(s -> {
                    String table = s.substring(0, s.indexOf(' '));
                    return tables.contains(table) && !SMALL.containsKey(table) && !query.whole().contains(table);
                }).toList());
                query.whole().stream().filter(table -> whole.stream().noneMatch(s -> s.startsWith(table + " ")))
                        .forEach(table -> found.add("no longer reads " + table + " whole: drop its \"whole\""));
                if (!found.isEmpty()) {
                    problems.add(query.name() + ": " + found + "\n" + text(sql, "explain " + query.sql()));
                }
            }
        }
        assertThat(problems).as("queries reading a large table whole").isEmpty();
    }

    /** Each scan of a table in the plan: "table by index" or "table whole (how)". */
    static List<String> scans(JsonNode node, Map<String, String[]> indexes) {
        List<String> scans = new ArrayList<>();
        String type = node.path("Node Type").asText();
        if (type.equals("Seq Scan")) {
            scans.add(node.path("Relation Name").asText() + " whole (Seq Scan)");
        } else if (node.has("Index Name")) {
            String[] index = indexes.get(node.path("Index Name").asText());
            String condition = node.path("Index Cond").asText("");
            boolean leading = Pattern.compile("\\b" + index[1] + "\\b").matcher(condition).find();
            scans.add(index[0] + (leading ? " by " + node.path("Index Name").asText()
                    : " whole (" + type + " of " + node.path("Index Name").asText() + " without "
                    + index[1] + (condition.isEmpty() ? "" : ", on " + condition) + ")"));
        }
        node.path("Plans").forEach(child -> scans.addAll(scans(child, indexes)));
        return scans;
    }

    static JsonNode plan(Statement sql, String explain) throws Exception {
        try (ResultSet rs = sql.executeQuery(explain)) {
            rs.next();
            return new ObjectMapper().readTree(rs.getString(1)).get(0).get("Plan");
        }
    }

    static String text(Statement sql, String explain) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = sql.executeQuery(explain)) {
            while (rs.next()) {
                plan.append("    ").append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    /** Each table of ours (not NOT_OURS) with its number of rows. */
    static Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        try (Statement sql = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                if (!NOT_OURS.containsKey(table)) {
                    try (ResultSet rs = sql.executeQuery("select count(*) from " + table)) {
                        rs.next();
                        rows.put(table, rs.getLong(1));
                    }
                }
            }
        }
        return rows;
    }

    /** Each index of ours: its table and its first column. */
    static Map<String, String[]> indexes() throws SQLException {
        Map<String, String[]> indexes = new HashMap<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("""
                select i.relname, t.relname, a.attname from pg_index x
                join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
                join pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0]
                where t.relnamespace = 'public'::regnamespace""")) {
            while (rs.next()) {
                indexes.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        return indexes;
    }
}
