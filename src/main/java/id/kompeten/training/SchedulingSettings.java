package id.kompeten.training;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the scheduling form also offers sessions that have already ended (demo: a case runs through in minutes;
 * production offers only sessions still open for enrolment). Prefix {@code kompeten.scheduling} (see application.yaml).
 */
@ConfigurationProperties("kompeten.scheduling")
record SchedulingSettings(@DefaultValue("false") boolean offerFinishedSessions) {}
