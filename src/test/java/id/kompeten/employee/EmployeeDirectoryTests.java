package id.kompeten.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The directory keeps what it found by key for a while: a case's steps ask for the same employee and supervisor
 * again and again. It keeps a copy, never the entity of a caller's transaction, asks again for a key not found, and
 * asks again once the copy is older than {@link EmployeeDirectory#KEPT_FOR}.
 */
class EmployeeDirectoryTests {

    private static final String ANDI = "199001012015031001";
    private static final String BUDI = "197503151998031002";

    private final EmployeeRepository employees = mock(EmployeeRepository.class);
    private final PositionRepository positions = mock(PositionRepository.class);
    private final AtomicLong now = new AtomicLong();
    private final EmployeeDirectory directory = new EmployeeDirectory(employees, mock(PositionRequirementRepository.class),
            mock(CompetencyRepository.class), positions, now::get);

    private final Employee andi = new Employee(ANDI, "Andi Pratama", "andi@kompeten.example", "andi", "Dinas",
            "Sekretariat", "PRANATA-KOMPUTER-AP", BUDI, "id");
    private final Employee budi = new Employee(BUDI, "Budi Santoso", "budi@kompeten.example", "budi", "Dinas", null,
            "KEPALA-BIDANG", null, "id");

    @Test
    void anEmployeeFoundIsKeptAsACopyAndHisSupervisorToo() {
        when(employees.findById(ANDI)).thenReturn(Optional.of(andi));
        when(employees.findById(BUDI)).thenReturn(Optional.of(budi));

        Employee first = directory.get(ANDI);
        Employee again = directory.find(ANDI).orElseThrow();
        assertThat(again).isSameAs(first).isNotSameAs(andi);
        assertThat(again).usingRecursiveComparison().isEqualTo(andi);
        assertThat(directory.supervisorOf(again)).map(Employee::getUsername).contains("budi");
        assertThat(directory.supervisorOf(directory.get(ANDI))).map(Employee::getUsername).contains("budi");

        verify(employees, times(1)).findById(ANDI);
        verify(employees, times(1)).findById(BUDI);
    }

    @Test
    void anEmployeeNotFoundIsAskedForAgainAndFoundOnceAdded() {
        when(employees.findById(ANDI)).thenReturn(Optional.empty(), Optional.of(andi));

        assertThat(directory.find(ANDI)).isEmpty();
        assertThat(directory.find(ANDI)).map(Employee::getName).contains("Andi Pratama");
        verify(employees, times(2)).findById(ANDI);
    }

    @Test
    void aKeptCopyIsFoundAgainOnceItIsOlderThanTheTimeItIsKeptFor() {
        Employee moved = new Employee(ANDI, "Andi Pratama", "andi@kompeten.example", "andi", "Dinas",
                "Bidang Aplikasi Informatika", "PRANATA-KOMPUTER-AP", BUDI, "id");
        when(employees.findById(ANDI)).thenReturn(Optional.of(andi), Optional.of(moved));
        when(positions.findById("PRANATA-KOMPUTER-AP"))
                .thenReturn(Optional.of(new Position("PRANATA-KOMPUTER-AP", "Pranata Komputer Ahli Pertama")));

        assertThat(directory.get(ANDI).getUnit()).isEqualTo("Sekretariat");
        assertThat(directory.positionOf(andi)).contains("Pranata Komputer Ahli Pertama");
        now.addAndGet(EmployeeDirectory.KEPT_FOR.toNanos() - 1);
        assertThat(directory.get(ANDI).getUnit()).isEqualTo("Sekretariat");
        assertThat(directory.positionOf(andi)).contains("Pranata Komputer Ahli Pertama");
        verify(positions, times(1)).findById("PRANATA-KOMPUTER-AP");

        now.addAndGet(1);
        assertThat(directory.get(ANDI).getUnit()).isEqualTo("Bidang Aplikasi Informatika");
        verify(employees, times(2)).findById(ANDI);
    }
}
