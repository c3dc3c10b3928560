package id.kompeten.system;

import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses unsafe settings before anything starts (before the engine creates a single user):
 * <ul>
 *   <li>the production profile without the settings that have no safe default, the first administrator's
 *       password, the address links in emails point to and the key that signs them (Spring would otherwise keep an unresolved
 *       "${...}" as the literal value: an administrator with a guessable password);</li>
 *   <li>demo users, with their known password, on a PostgreSQL database, unless
 *       {@code kompeten.demo.allow-on-postgres=true}.</li>
 * </ul>
 */
public class StartupSettingsCheck implements EnvironmentPostProcessor {

    static final List<String> REQUIRED_IN_PRODUCTION = List.of("KOMPETEN_ADMIN_PASSWORD", "KOMPETEN_MAIL_BASEURL",
            "KOMPETEN_MAIL_LINKSECRET");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of("production"))) {
            List<String> missing = REQUIRED_IN_PRODUCTION.stream().filter(name -> {
                String value = environment.getProperty(name);
                return value == null || value.isBlank();
            }).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("The production profile needs " + String.join(" and ", missing)
                        + " (see README: Configure). Refusing to start.");
            }
        }
        String database = environment.getProperty("spring.datasource.url", "");
        if (environment.getProperty("kompeten.demo.enabled", Boolean.class, false)
                && database.startsWith("jdbc:postgresql:")
                && !environment.getProperty("kompeten.demo.allow-on-postgres", Boolean.class, false)) {
            throw new IllegalStateException("Demo users (kompeten.demo.enabled) refused on PostgreSQL " + database
                    + ": run without the demo profile, or set kompeten.demo.allow-on-postgres=true if you mean it.");
        }
    }
}
