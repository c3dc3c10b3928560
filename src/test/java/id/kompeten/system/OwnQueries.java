package id.kompeten.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue of every query our code runs against our own tables ({@code own-queries.sql} beside this class): each
 * entry names its source ({@code training.JpLedger}, or {@code cases.CaseRepository#findByProcessInstanceId} for a
 * repository's query method) with the text of the literals it comes from, and gives the statement as it reaches
 * PostgreSQL with typical values in place of its parameters. A {@code -- whole: table (why)} line allows a full
 * read of that table, for a query that reads all of it by design.
 */
record OwnQueries(List<Entry> entries) {

    record Entry(String source, String method, List<String> fragments, Set<String> whole, String sql) {

        String name() {
            return method == null ? source + " " + fragments : source + "#" + method;
        }
    }

    private static final Pattern HEAD = Pattern.compile("^-- ([a-z]+\\.[A-Za-z]+)(?:#(\\w+))?((?:\\s+\"[^\"]+\")*)\\s*$");
    private static final Pattern FRAGMENT = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern WHOLE = Pattern.compile("^-- whole: (\\w+) \\(.+\\)$");

    static OwnQueries read(Path file) {
        List<Entry> entries = new ArrayList<>();
        for (String block : SourceSql.read(file).split("\\n\\s*\\n")) {
            List<String> lines = block.strip().lines().toList();
            if (lines.isEmpty() || !HEAD.matcher(lines.get(0)).matches()) {
                if (!lines.isEmpty() && lines.stream().anyMatch(l -> !l.startsWith("--"))) {
                    throw new IllegalStateException("a statement without its source in " + file + ":\n" + block);
                }
                continue; // comments only
            }
            Matcher head = HEAD.matcher(lines.get(0));
            head.matches();
            List<String> fragments = new ArrayList<>();
            Matcher f = FRAGMENT.matcher(head.group(3));
            while (f.find()) {
                fragments.add(SourceSql.normal(f.group(1)));
            }
            Set<String> whole = new LinkedHashSet<>();
            StringBuilder sql = new StringBuilder();
            for (String line : lines.subList(1, lines.size())) {
                Matcher w = WHOLE.matcher(line);
                if (w.matches()) {
                    whole.add(w.group(1));
                } else if (!line.startsWith("--")) {
                    sql.append(line).append('\n');
                }
            }
            String statement = sql.toString().strip().replaceFirst(";$", "");
            if (statement.isEmpty() || head.group(2) == null && fragments.isEmpty()) {
                throw new IllegalStateException("an entry needs its statement and, unless a repository's method, the text"
                        + " of its literals: " + lines.get(0));
            }
            entries.add(new Entry(head.group(1), head.group(2), fragments, whole, statement));
        }
        return new OwnQueries(entries);
    }

    /** What the sources and the catalogue disagree on: SQL not in the catalogue, entries no source has (any more). */
    List<String> disagreements(List<SourceSql.Source> sources) {
        List<String> problems = new ArrayList<>();
        for (SourceSql.Source source : sources) {
            for (String chunk : source.chunks()) {
                if (entries.stream().noneMatch(e -> e.source().equals(source.name())
                        && e.fragments().stream().anyMatch(chunk::contains))) {
                    problems.add("not in the catalogue: " + source.name() + " \"" + chunk + "\"");
                }
            }
            for (String method : source.repositoryMethods()) {
                if (entries.stream().noneMatch(e -> e.source().equals(source.name()) && method.equals(e.method()))) {
                    problems.add("not in the catalogue: " + source.name() + "#" + method);
                }
            }
        }
        for (Entry e : entries) {
            SourceSql.Source source = sources.stream().filter(s -> s.name().equals(e.source())).findFirst().orElse(null);
            boolean found = source != null && (e.method() != null ? source.repositoryMethods().contains(e.method())
                    : e.fragments().stream().allMatch(f -> source.literals().stream().anyMatch(c -> c.contains(f))));
            if (!found) {
                problems.add("in the catalogue, not in the sources: " + e.name());
            }
        }
        return problems;
    }
}
