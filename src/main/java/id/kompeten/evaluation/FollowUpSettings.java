package id.kompeten.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rounds beyond {@code maxRounds} escalate to HR instead of another remedial round, prefix
 * {@code kompeten.follow-up} (see application.yaml; one record per section, as {@link NeedsSettings} says).
 */
@ConfigurationProperties("kompeten.follow-up")
record FollowUpSettings(@DefaultValue("2") int maxRounds) {}
