package id.kompeten.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What PostgresIndexTests takes for SQL in a source: literal runs joined by +, text blocks, not prose or comments. */
class SourceSqlTests {

    @TempDir Path sources;

    List<SourceSql.Source> of(String name, String code) throws Exception {
        Path file = sources.resolve("id/kompeten/x/" + name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, code);
        return SourceSql.of(sources, Set.of("employee", "case_event"));
    }

    @Test
    void findsStatementsAndPiecesNamingOurTablesAndLeavesTheRest() throws Exception {
        List<SourceSql.Source> found = of("Queries", """
                class Queries {
                    static final String PEOPLE = " from employee e" // the people
                            + " join employee s on s.nip = e.supervisor_nip";
                    char quote = '"';
                    void run() {
                        jdbc.query("select e.nip" + PEOPLE + " where e.agency = ?", "a");
                        jdbc.update("delete from " + table + " where id = ?", 1);
                        jdbc.queryForObject(\"""
                                select max(occurred_at)
                                from case_event where case_number in (\""" + scope + ")");
                        jdbc.queryForObject("select 1", Integer.class); // "select x from employee" in a comment
                        log.info("an update from the employee list failed: {}", "select nothing");
                    }
                }
                """);
        assertThat(found).singleElement().satisfies(source -> {
            assertThat(source.name()).isEqualTo("x.Queries");
            // "select e.nip" is a statement's head without its table, which the piece naming the table brings
            assertThat(source.chunks()).containsExactly(
                    "from employee e join employee s on s.nip = e.supervisor_nip",
                    "delete from",
                    "select max(occurred_at) from case_event where case_number in (");
            assertThat(source.literals()).contains("select e.nip", "select 1", "select nothing");
        });
    }

    @Test
    void findsTheQueryMethodsOfARepository() throws Exception {
        List<SourceSql.Source> found = of("EventRepository", """
                interface EventRepository extends JpaRepository<Event, Long> {
                    List<Event> findByCaseNumber(String caseNumber);
                    @Lock(LockModeType.PESSIMISTIC_WRITE)
                    @Query("select e from Event e where e.id = ?1 and e.step in ('A', 'B')")
                    Optional<Event> lockedOne(Long id);
                }
                """);
        assertThat(found).singleElement().satisfies(source -> {
            assertThat(source.chunks()).isEmpty();
            assertThat(source.repositoryMethods()).containsExactly("findByCaseNumber", "lockedOne");
        });
    }
}
