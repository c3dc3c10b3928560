package id.kompeten.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfiguration {

    /**
     * One clock for our timestamps and the engine's: it reads the engine's clock (ClockUtil), which is the system
     * clock unless someone moves it. The demo's finished year is generated with the engine's clock set back
     * ({@link DemoYear}), so its surveys, timelines, JP and reports carry the dates of that year.
     */
    @Bean
    Clock clock() {
        return new EngineClock(ZoneOffset.UTC);
    }

    /** UTC, like {@code Clock.systemUTC()}, at the engine's time. */
    static final class EngineClock extends Clock {
        private final ZoneId zone;
        EngineClock(ZoneId zone) { this.zone = zone; }
        @Override public ZoneId getZone() { return zone; }
        @Override public Clock withZone(ZoneId other) { return new EngineClock(other); }
        @Override public Instant instant() { return Instant.ofEpochMilli(ClockUtil.now().getTime()); }
        @Override public long millis() { return ClockUtil.now().getTime(); }
    }
}
