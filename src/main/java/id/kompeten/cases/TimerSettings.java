package id.kompeten.cases;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The case process's timers, prefix {@code kompeten.timers} (see application.yaml), read through {@link CaseTimers}. */
@ConfigurationProperties("kompeten.timers")
record TimerSettings(@DefaultValue("P90D") String onTheJobPeriod) {

    TimerSettings {
        Duration.parse(onTheJobPeriod); // fail at start on a malformed duration, not at the timer
    }
}
