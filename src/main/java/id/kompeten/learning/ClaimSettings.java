package id.kompeten.learning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Claims of learning done elsewhere: the largest certificate accepted (the upload limit of
 * spring.servlet.multipart is set above it, so this check names the field). Prefix {@code kompeten.claims}.
 */
@ConfigurationProperties("kompeten.claims")
record ClaimSettings(@DefaultValue("5MB") DataSize maxCertificateSize) {}
