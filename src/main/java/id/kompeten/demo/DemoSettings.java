package id.kompeten.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo users and data, prefix {@code kompeten.demo} (see application-demo.yaml). (kompeten.demo.allow-on-postgres
 * is read before start, by StartupSettingsCheck.)
 *
 * @param finishedYear on the first start, generate the previous year and the current year's cases (demo profile)
 */
@ConfigurationProperties("kompeten.demo")
record DemoSettings(@DefaultValue("false") boolean enabled, String password,
                    @DefaultValue("false") boolean finishedYear) {}
