package id.kompeten.programme;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The multi-instance collection of the programme's call activity: its participants' NIPs (bean {@code programmeParticipants}). */
@Component("programmeParticipants")
public class ProgrammeParticipants {

    private final JdbcTemplate jdbc;

    ProgrammeParticipants(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> of(String programmeCode) {
        return jdbc.queryForList("select employee_nip from programme_participant where programme_code = ?"
                + " order by added_at, employee_nip", String.class, programmeCode);
    }
}
