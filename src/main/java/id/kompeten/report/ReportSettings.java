package id.kompeten.report;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a report figure becomes a challenge (Tantangan) with its recommendation, and when a strength (well above
 * target). Shares 0-1, indices 0-100. Prefix {@code kompeten.report} (see application.yaml).
 */
@ConfigurationProperties("kompeten.report")
record ReportSettings(@DefaultValue("0.2") BigDecimal absenceRateAbove,
                      @DefaultValue("70") BigDecimal relevanceBelow,
                      @DefaultValue("0.7") BigDecimal responseRateBelow,
                      @DefaultValue("0.3") BigDecimal gainBelow,
                      @DefaultValue("0.5") BigDecimal masteredShareBelow,
                      @DefaultValue("0.95") BigDecimal budgetUsedAtLeast,
                      @DefaultValue("0.95") BigDecimal strengthAttendanceRateAtLeast,
                      @DefaultValue("85") BigDecimal strengthReactionAtLeast,
                      @DefaultValue("85") BigDecimal strengthRelevanceAtLeast,
                      @DefaultValue("0.9") BigDecimal strengthResponseRateAtLeast,
                      @DefaultValue("0.5") BigDecimal strengthGainAtLeast,
                      @DefaultValue("0.8") BigDecimal strengthMasteredShareAtLeast) {}
