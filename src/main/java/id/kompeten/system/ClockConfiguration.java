package id.kompeten.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfiguration {

    /** One clock for our timestamps; the engine keeps its own (ClockUtil) for timers. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
