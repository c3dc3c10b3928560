package id.kompeten.process;

import java.util.List;

/**
 * The name of a task of a case, a claim or an activity, as Tasklist lists it: "<step> — <employee> · <number>", so
 * every task says whose it is (cases.TaskLabels, learning's and activity's forms).
 */
public final class TaskNames {

    private TaskNames() {}

    /** The longest name a Camunda task keeps. */
    public static final int MAX_NAME = 255;

    /**
     * "<step> — <employee> · <number>", then the details in order as far as they fit {@link #MAX_NAME}
     * characters: the last ones are left out first, whole; a name still too long is cut with an ellipsis.
     */
    public static String name(String step, String employee, String number, List<String> details) {
        String name = step + " — " + employee + " · " + number;
        for (int shown = details.size(); shown >= 0; shown--) {
            String withDetails = details.subList(0, shown).stream().reduce(name, (text, detail) -> text + " · " + detail);
            if (withDetails.length() <= MAX_NAME) {
                return withDetails;
            }
        }
        return name.substring(0, MAX_NAME - 1) + "…";
    }
}
