package id.kompeten.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The supervisor's on-the-job rating (1-5) from which a competency counts as mastered, prefix
 * {@code kompeten.behaviour} (see application.yaml; one record per section, as {@link NeedsSettings} says).
 */
@ConfigurationProperties("kompeten.behaviour")
record BehaviourSettings(@DefaultValue("4") int masteryRating) {}
