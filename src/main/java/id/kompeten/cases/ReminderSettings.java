package id.kompeten.cases;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Work left undone: a reminder to whoever holds the task, later an escalation to the one above. Prefix
 * {@code kompeten.reminders} (see application.yaml), read by the case process through {@link CaseTimers}.
 */
@ConfigurationProperties("kompeten.reminders")
record ReminderSettings(@DefaultValue("P3D") String reminderAfter, @DefaultValue("P7D") String escalationAfter) {

    ReminderSettings {
        Duration.parse(reminderAfter);
        Duration.parse(escalationAfter);
    }
}
