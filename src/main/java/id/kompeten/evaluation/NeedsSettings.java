package id.kompeten.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the current level of a competency blends the supervisor's rating and the self-rating, prefix
 * {@code kompeten.needs} (see application.yaml).
 * <p>
 * One record per section of {@code kompeten.*}, in every feature: each is named after the section it binds and
 * sits with the code that reads it (evaluation: {@code needs}, {@code behaviour}, {@code follow-up}), so a setting
 * is found by its name and a feature binds, and sees, only its own. One record per feature would have to bind the
 * whole of {@code kompeten} and pick its sections out of it.
 */
@ConfigurationProperties("kompeten.needs")
record NeedsSettings(@DefaultValue("0.7") double supervisorWeight, @DefaultValue("0.3") double selfWeight) {}
