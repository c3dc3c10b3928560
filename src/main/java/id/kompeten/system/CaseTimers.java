package id.kompeten.system;

import org.springframework.stereotype.Component;

/** Timer durations the process reads from configuration: {@code ${caseTimers.onTheJobPeriod()}}. */
@Component("caseTimers")
public class CaseTimers {

    private final KompetenProperties properties;

    CaseTimers(KompetenProperties properties) {
        this.properties = properties;
    }

    /** ISO-8601 duration between the post-training survey and the supervisor interview. */
    public String onTheJobPeriod() {
        return properties.timers().onTheJobPeriod();
    }
}
