package id.kompeten.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Kompeten's own settings, prefix {@code kompeten} (see application.yaml for each one's meaning). */
@ConfigurationProperties("kompeten")
public record KompetenProperties(
        @DefaultValue Demo demo) {

    /** (kompeten.demo.allow-on-postgres is read before start, by StartupSettingsCheck.) */
    /** @param finishedYear on the first start, generate the previous year and the current year's cases (demo profile) */
    public record Demo(@DefaultValue("false") boolean enabled, String password,
                       @DefaultValue("false") boolean finishedYear) {}
}
