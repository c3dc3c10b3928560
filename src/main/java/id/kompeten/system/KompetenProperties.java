package id.kompeten.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Kompeten's own settings, prefix {@code kompeten} (see application.yaml for each one's meaning). */
@ConfigurationProperties("kompeten")
public record KompetenProperties(
        @DefaultValue Needs needs,
        @DefaultValue Behaviour behaviour,
        @DefaultValue FollowUp followUp,
        @DefaultValue Jp jp,
        @DefaultValue Timers timers,
        @DefaultValue Scheduling scheduling,
        @DefaultValue Demo demo) {

    public record Needs(@DefaultValue("0.7") double supervisorWeight, @DefaultValue("0.3") double selfWeight) {}

    public record Behaviour(@DefaultValue("4") int masteryRating) {}

    public record FollowUp(@DefaultValue("2") int maxRounds) {}

    public record Jp(@DefaultValue("45") int minutesPerJp, @DefaultValue("20") int yearlyTarget) {}

    public record Timers(@DefaultValue("P90D") String onTheJobPeriod) {
        public Timers {
            Duration.parse(onTheJobPeriod); // fail at start on a malformed duration, not at the timer
        }
    }

    public record Scheduling(@DefaultValue("false") boolean offerFinishedSessions) {}

    public record Demo(@DefaultValue("false") boolean enabled, String password) {}
}
