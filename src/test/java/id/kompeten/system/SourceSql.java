package id.kompeten.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The SQL in our sources, as {@link PostgresIndexTests} holds it to the catalogue: every string literal (or run of
 * literals joined by {@code +}) that starts a statement reading or writing a table, or names one of our tables or
 * views after FROM, JOIN, INTO or UPDATE; and every query method declared by a Spring Data repository (derived from
 * its name or given by @Query).
 */
final class SourceSql {

    /**
     * A class by its name under id.kompeten ("training.JpLedger"), its SQL chunks, its repository methods if any, and
     * all its literal runs (where a catalogue entry's texts must still be found).
     */
    record Source(String name, List<String> chunks, List<String> repositoryMethods, List<String> literals) {}

    /** A statement that reads or writes a table (its name may be joined in: "delete from " + table); not "select 1". */
    private static final Pattern STATEMENT = Pattern.compile("(?i)^(select\\s.*\\sfrom(\\s.*)?|insert into\\s.*"
            + "|update\\s+\\S+\\s+set\\s.*|delete from(\\s.*)?|with\\s+\\w+\\s+as\\s*\\(.*)$");
    private static final Pattern REPOSITORY = Pattern.compile("interface\\s+\\w+\\s+extends\\s+(Jpa|Crud)?Repository<");
    private static final Pattern METHOD = Pattern.compile("\\b(\\w+)\\s*\\([^()]*\\)\\s*;");
    private static final Pattern CREATED = Pattern.compile("(?i)create\\s+(?:table|view)\\s+(\\w+)");

    private SourceSql() {}

    /** The tables and views our migrations create. */
    static Set<String> ourNames(Path migrations) {
        Set<String> names = new TreeSet<>();
        for (Path file : list(migrations, ".sql")) {
            Matcher m = CREATED.matcher(read(file));
            while (m.find()) {
                names.add(m.group(1).toLowerCase());
            }
        }
        return names;
    }

    static List<Source> of(Path sources, Set<String> ourNames) {
        Pattern naming = Pattern.compile("(?i)\\b(from|join|into|update)\\s+(" + String.join("|", ourNames) + ")\\b");
        List<Source> found = new ArrayList<>();
        for (Path file : list(sources, ".java")) {
            String name = sources.relativize(file).toString().replace('/', '.').replaceFirst("\\.java$", "")
                    .replaceFirst("^id\\.kompeten\\.", "");
            Tokens tokens = Tokens.of(read(file));
            boolean repository = REPOSITORY.matcher(tokens.code()).find();
            List<String> chunks = repository ? List.of() : tokens.chunks().stream()
                    .filter(c -> STATEMENT.matcher(c).matches() || naming.matcher(c).find()).toList();
            List<String> methods = new ArrayList<>();
            if (repository) {
                Matcher m = METHOD.matcher(tokens.code());
                while (m.find()) {
                    methods.add(m.group(1));
                }
            }
            if (!chunks.isEmpty() || !methods.isEmpty()) {
                found.add(new Source(name, chunks, methods, tokens.chunks()));
            }
        }
        return found;
    }

    /** Java source split into code (literals and comments taken out) and its string literals, runs joined by +. */
    record Tokens(String code, List<String> chunks) {

        static Tokens of(String src) {
            StringBuilder code = new StringBuilder();
            List<String> chunks = new ArrayList<>();
            StringBuilder chunk = null; // the run being joined, while only + and blanks follow its last literal
            int i = 0;
            while (i < src.length()) {
                char c = src.charAt(i);
                if (src.startsWith("//", i)) {
                    i = end(src, "\n", i + 2);
                } else if (src.startsWith("/*", i)) {
                    i = end(src, "*/", i + 2) + 2;
                } else if (c == '\'') {
                    int close = i + 1;
                    while (src.charAt(close) != '\'') {
                        close += src.charAt(close) == '\\' ? 2 : 1;
                    }
                    code.append("' '");
                    i = close + 1;
                } else if (c == '"') {
                    boolean block = src.startsWith("\"\"\"", i);
                    int start = i + (block ? 3 : 1);
                    int close = start;
                    while (!(block ? src.startsWith("\"\"\"", close) : src.charAt(close) == '"')) {
                        close += src.charAt(close) == '\\' ? 2 : 1;
                    }
                    String text = src.substring(start, close).replace("\\\"", "\"");
                    chunk = chunk == null ? new StringBuilder(text) : chunk.append(text);
                    code.append("\"\"");
                    i = close + (block ? 3 : 1);
                } else {
                    if (chunk != null && !Character.isWhitespace(c) && c != '+') {
                        chunks.add(normal(chunk.toString()));
                        chunk = null;
                    }
                    code.append(c);
                    i++;
                }
            }
            if (chunk != null) {
                chunks.add(normal(chunk.toString()));
            }
            return new Tokens(code.toString(), chunks);
        }

        private static int end(String src, String token, int from) {
            int at = src.indexOf(token, from);
            return at < 0 ? src.length() : at;
        }
    }

    /** Blanks and line breaks as one space: the form fragments are matched in. */
    static String normal(String sql) {
        return sql.replaceAll("\\s+", " ").strip();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path folder, String suffix) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
