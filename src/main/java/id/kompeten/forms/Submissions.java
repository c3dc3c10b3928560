package id.kompeten.forms;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The answers of the completion now running on this thread, by the execution of its task: held here from
 * {@link FormOnlyCompletions}, which takes them off the engine's command, to {@link TaskFormListener}, which
 * checks and records them at the end of the task, in the same command. So an answer is written once, in our
 * tables, and never as a process variable (which would cost a variable row, a history row per change and
 * another to remove it).
 */
final class Submissions {

    private static final ThreadLocal<Map<String, Held>> RUNNING = ThreadLocal.withInitial(HashMap::new);

    /**
     * One completion's answers; {@code onTheCase}: answers of a resolve may wait on the case as variables (a
     * delegated task handed back), which the listener removes once these are recorded.
     */
    record Held(Map<String, Object> values, boolean onTheCase) {}

    private Submissions() {}

    /** Runs the completion while the answers are held for the task's execution. */
    static <T> T holding(String executionId, Map<?, ?> answers, boolean onTheCase, Supplier<T> completion) {
        Map<String, Object> values = new HashMap<>();
        answers.forEach((name, value) -> values.put(String.valueOf(name), plain(value)));
        Map<String, Held> running = RUNNING.get();
        Held outer = running.put(executionId, new Held(values, onTheCase));
        try {
            return completion.get();
        } finally {
            if (outer == null) {
                running.remove(executionId);
            } else {
                running.put(executionId, outer);
            }
        }
    }

    /** The answers of the completion of the task of this execution, or null if it is not completing. */
    static Held of(String executionId) {
        return RUNNING.get().get(executionId);
    }

    /**
     * An answer as the engine would have given it back as a variable: a typed value's own value, JSON as its
     * text (the engine reads it as a Spin node, whose text the rules parse).
     */
    static Object plain(Object value) {
        if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            return serializable.getValueSerialized();
        }
        Object raw = value instanceof TypedValue typed ? typed.getValue() : value;
        return raw != null && raw.getClass().getName().startsWith("org.camunda.spin") ? raw.toString() : raw;
    }
}
