package id.kompeten.programme;

import id.kompeten.employee.Employee;
import id.kompeten.employee.EmployeeDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The units of a programme's participants and the head of each, whom the programme interviews once about the
 * unit (bean {@code programmeUnits}: the multi-instance collection and the task's assignee). A unit's head is the
 * highest of a participant's supervisors who works in the unit, else the participant's own supervisor (a unit whose
 * staff report to the head of the agency directly); where the unit's participants name different heads, the one most
 * of them name. A unit whose participants have no supervisor in Kompeten has no head to ask.
 */
@Component("programmeUnits")
public class ProgrammeUnits {

    private final ProgrammeParticipants participants;
    private final EmployeeDirectory directory;
    private final ProgrammeSettings settings;

    ProgrammeUnits(ProgrammeParticipants participants, EmployeeDirectory directory, ProgrammeSettings settings) {
        this.participants = participants;
        this.directory = directory;
        this.settings = settings;
    }

    /** The units with a head to ask, by name. */
    public List<String> of(String programmeCode) {
        return new ArrayList<>(heads(programmeCode).keySet());
    }

    /** The username of the unit's head. */
    public String headOf(String programmeCode, String unit) {
        Employee head = heads(programmeCode).get(unit);
        if (head == null) {
            throw new IllegalStateException("no head of " + unit + " in " + programmeCode);
        }
        return head.getUsername();
    }

    /** ISO-8601 duration the heads have for the interview (the timer on the task). */
    public String interviewWithin() {
        return settings.unitInterviewWithin();
    }

    Map<String, Employee> heads(String programmeCode) {
        Map<String, Map<String, Integer>> named = new TreeMap<>();
        Map<String, Employee> people = new LinkedHashMap<>();
        for (String nip : participants.of(programmeCode)) {
            Optional<Employee> participant = directory.find(nip);
            if (participant.isEmpty() || participant.get().getUnit() == null) {
                continue;
            }
            head(participant.get()).filter(h -> h.getUsername() != null).ifPresent(h -> {
                people.put(h.getNip(), h);
                named.computeIfAbsent(participant.get().getUnit(), u -> new TreeMap<>()).merge(h.getNip(), 1, Integer::sum);
            });
        }
        Map<String, Employee> heads = new TreeMap<>();
        // the head most participants name; on a tie the first by NIP (the votes are in NIP order)
        named.forEach((unit, votes) -> {
            String most = null;
            for (Map.Entry<String, Integer> vote : votes.entrySet()) {
                if (most == null || vote.getValue() > votes.get(most)) {
                    most = vote.getKey();
                }
            }
            heads.put(unit, people.get(most));
        });
        return heads;
    }

    private Optional<Employee> head(Employee participant) {
        Optional<Employee> supervisor = directory.supervisorOf(participant);
        Employee highest = null;
        int steps = 0; // a chain of supervisors is short; a loop in the records must not hang the process
        for (Optional<Employee> up = supervisor; up.isPresent() && Objects.equals(up.get().getUnit(), participant.getUnit())
                && steps++ < 20; up = directory.supervisorOf(up.get())) {
            highest = up.get();
        }
        return highest != null ? Optional.of(highest) : supervisor;
    }
}
