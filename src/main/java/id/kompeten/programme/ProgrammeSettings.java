package id.kompeten.programme;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The programme process's settings, prefix {@code kompeten.programme} (see application.yaml): how long the heads of
 * the programme's units have for their interview before the report is drawn up without the views not given.
 */
@ConfigurationProperties("kompeten.programme")
record ProgrammeSettings(@DefaultValue("P14D") String unitInterviewWithin) {

    ProgrammeSettings {
        Duration.parse(unitInterviewWithin); // fail at start on a malformed duration, not at the timer
    }
}
