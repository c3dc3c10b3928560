package id.kompeten.training;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * JP (jam pelajaran): minutes of attended training per JP credited, and every civil servant's yearly target. Prefix
 * {@code kompeten.jp} (see application.yaml).
 */
@ConfigurationProperties("kompeten.jp")
record JpSettings(@DefaultValue("45") int minutesPerJp, @DefaultValue("20") int yearlyTarget) {}
