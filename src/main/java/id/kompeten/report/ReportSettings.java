package id.kompeten.report;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a report figure becomes a challenge (Tantangan) with its recommendation. Shares 0-1, indices 0-100. Prefix
 * {@code kompeten.report} (see application.yaml).
 */
@ConfigurationProperties("kompeten.report")
record ReportSettings(@DefaultValue("0.2") BigDecimal absenceRateAbove,
                      @DefaultValue("70") BigDecimal relevanceBelow,
                      @DefaultValue("0.7") BigDecimal responseRateBelow,
                      @DefaultValue("0.3") BigDecimal gainBelow,
                      @DefaultValue("0.5") BigDecimal masteredShareBelow,
                      @DefaultValue("0.95") BigDecimal budgetUsedAtLeast) {}
