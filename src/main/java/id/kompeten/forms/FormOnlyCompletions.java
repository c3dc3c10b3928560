package id.kompeten.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * A task takes its form and nothing else, whoever completes it and however (Tasklist, /engine-rest's complete,
 * submit-form or resolve, the Java API): before the engine sets a completion's variables, each must be a field
 * of the task's form, of a type that field takes, and a read-only field must come back as it was. Otherwise
 * the completion is refused with {@link FormFieldValidationException} (REST: 400 naming the field) and nothing
 * is set. (What a form shows beyond the case's variables is worked out when read, {@link ShownForms}; a display
 * field of it is taken as it comes back, as nothing records it.) An engine command interceptor, so that no door
 * around the HTTP checks is left.
 * <p>
 * A completion of one of our forms that passes is then run without its variables: the answers are held for
 * {@link TaskFormListener} ({@link Submissions}), which checks them against the form's rules and records them in
 * our tables; only the figures a gateway reads become variables. The engine sets none of the answers on the
 * case, so none is written, changed and removed again in its runtime and history tables. A resolve (a delegated
 * task handed back to its owner, who completes it later) is left as it is: its answers wait as variables, and a
 * completion that brings none takes those (then removed).
 */
class FormOnlyCompletions extends CommandInterceptor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Field COMPLETE_TASK = field(CompleteTaskCmd.class, "taskId");
    private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
    private static final Field SUBMIT_TASK = field(SubmitTaskFormCmd.class, "taskId");
    private static final Field SUBMIT_VARIABLES = field(SubmitTaskFormCmd.class, "properties");
    private static final Field COMPLETE_RETURN = field(CompleteTaskCmd.class, "returnVariables");
    private static final Field COMPLETE_DESERIALIZE = field(CompleteTaskCmd.class, "deserializeReturnedVariables");
    private static final Field SUBMIT_RETURN = field(SubmitTaskFormCmd.class, "returnVariables");
    private static final Field SUBMIT_DESERIALIZE = field(SubmitTaskFormCmd.class, "deserializeValues");

    /** The value types each kind of field takes ("null" for an empty optional field: the rules judge it). */
    private static final Map<FieldRule.Kind, Set<String>> TYPES = Map.of(
            FieldRule.Kind.DISPLAY, Set.of("string", "null"),
            FieldRule.Kind.TEXT, Set.of("string", "null"),
            FieldRule.Kind.INTEGER, Set.of("integer", "long", "short", "double", "string", "null"),
            FieldRule.Kind.DECIMAL, Set.of("integer", "long", "short", "double", "string", "null"),
            FieldRule.Kind.DATE, Set.of("string", "date", "null"),
            FieldRule.Kind.CHOICE, Set.of("string", "boolean", "integer", "long", "short", "null"),
            FieldRule.Kind.CHOICES, Set.of("json", "string", "null"),
            FieldRule.Kind.LIST, Set.of("json", "string", "null"));

    private final Function<String, Optional<TaskForm>> forms;
    private final FormMessages messages;

    FormOnlyCompletions(Function<String, Optional<TaskForm>> forms, FormMessages messages) {
        this.forms = forms;
        this.messages = messages;
    }

    @Override
    public <T> T execute(Command<T> command) {
        boolean submit = command instanceof SubmitTaskFormCmd;
        if (!submit && !(command instanceof CompleteTaskCmd)) { // ResolveTaskCmd is a CompleteTaskCmd
            return next.execute(command);
        }
        String taskId = (String) read(submit ? SUBMIT_TASK : COMPLETE_TASK, command);
        Map<?, ?> variables = (Map<?, ?>) read(submit ? SUBMIT_VARIABLES : COMPLETE_VARIABLES, command);
        TaskEntity task = taskId == null ? null : Context.getCommandContext().getTaskManager().findTaskById(taskId);
        UserTask userTask = task == null ? null : task.getBpmnModelElementInstance();
        if (userTask == null || userTask.getCamundaFormRef() == null || task.getExecutionId() == null) {
            return next.execute(command); // the engine answers an unknown task itself; no form, no rules here
        }
        TaskForm form = forms.apply(userTask.getCamundaFormRef()).orElse(null);
        FormSpec spec = form == null ? null : form.spec();
        boolean answered = variables != null && !variables.isEmpty();
        if (answered) {
            check(task, form, variables);
        }
        // a resolve (ResolveTaskCmd; submit-form of a task delegated and pending) hands the task back: not ended yet
        boolean completes = command.getClass() == CompleteTaskCmd.class || (command.getClass() == SubmitTaskFormCmd.class
                && task.getDelegationState() != DelegationState.PENDING);
        if (spec == null || !completes) {
            return next.execute(command);
        }
        Command<T> withoutVariables = withoutVariables(command, submit, taskId);
        if (answered) {
            // a task resolved before has its delegate's answers waiting on the case: removed once these are recorded
            boolean resolved = task.getDelegationState() == DelegationState.RESOLVED;
            return Submissions.holding(task.getExecutionId(), variables, resolved, () -> next.execute(withoutVariables));
        }
        // completed as it is: its answers are what waits on it (a resolve's), taken while the task still holds them
        Map<String, Object> waiting = new LinkedHashMap<>();
        spec.fields().stream().filter(f -> f.kind() != FieldRule.Kind.DISPLAY)
                .forEach(f -> waiting.put(f.key(), task.getVariableTyped(f.key(), false)));
        return Submissions.holding(task.getExecutionId(), waiting, true, () -> next.execute(withoutVariables));
    }

    /** The same completion without its variables, which the engine would set on the case. */
    @SuppressWarnings("unchecked")
    private static <T> Command<T> withoutVariables(Command<T> command, boolean submit, String taskId) {
        return submit
                ? (Command<T>) new SubmitTaskFormCmd(taskId, Map.of(), (Boolean) read(SUBMIT_RETURN, command),
                        (Boolean) read(SUBMIT_DESERIALIZE, command))
                : (Command<T>) new CompleteTaskCmd(taskId, null, (Boolean) read(COMPLETE_RETURN, command),
                        (Boolean) read(COMPLETE_DESERIALIZE, command));
    }

    /** Refuses what is not the task's form (a task of a form without rules here takes nothing). */
    private void check(TaskEntity task, TaskForm form, Map<?, ?> variables) {
        FormSpec spec = form == null ? null : form.spec();
        List<FieldError> errors = new ArrayList<>();
        VariableMap[] shown = new VariableMap[1]; // what the form works out, when a display field needs it
        for (Map.Entry<?, ?> variable : variables.entrySet()) {
            String name = String.valueOf(variable.getKey());
            FieldRule field = spec == null ? null : spec.field(name).orElse(null);
            String type = typeOf(variable.getValue());
            if (field == null) {
                errors.add(new FieldError(name, "form.field.unknown"));
            } else if (!TYPES.get(field.kind()).contains(type) || (type.equals("json") && !parses(variable.getValue()))) {
                errors.add(new FieldError(name, "form.field.type"));
            } else if (field.kind() == FieldRule.Kind.DISPLAY && !asShown(task, form, name, raw(variable.getValue()), shown)) {
                errors.add(new FieldError(name, "form.field.readOnly"));
            }
        }
        if (!errors.isEmpty()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            errors.forEach(e -> detail.put(e.field(), messages.describe(e)));
            throw new FormFieldValidationException(detail, messages.describe(errors));
        }
    }

    /** The type name of a submitted value: a typed value's own, else that of the plain Java value. */
    static String typeOf(Object value) {
        if (value instanceof TypedValue typed) {
            return typed.getType() == null ? typeOf(typed.getValue()) : typed.getType().getName();
        }
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Double
                || value instanceof Boolean) {
            return value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        }
        return value.getClass().getName().contains("Json") ? "json" : "object";
    }

    private static boolean parses(Object value) {
        try {
            Object text = value instanceof SerializableValue serializable && !serializable.isDeserialized()
                    ? serializable.getValueSerialized() : raw(value);
            JSON.readTree(String.valueOf(text));
            return true;
        } catch (Exception malformed) {
            return false;
        }
    }

    private static Object raw(Object value) {
        return value instanceof TypedValue typed ? typed.getValue() : value;
    }

    /**
     * A display field comes back as the case has it; what the form works out when read (a summary, the budget left)
     * may have moved since the form was opened, so it is taken as it comes: no display field is recorded.
     */
    private static boolean asShown(TaskEntity task, TaskForm form, String name, Object sent, VariableMap[] shown) {
        Object onTheCase = task.getVariable(name);
        if (onTheCase != null) {
            return sameText(onTheCase, sent);
        }
        if (shown[0] == null) {
            shown[0] = ShownForms.shown(form, task);
        }
        return shown[0].containsKey(name) || sameText(null, sent);
    }

    private static boolean sameText(Object shown, Object sent) {
        String a = shown == null || shown.toString().isEmpty() ? null : shown.toString();
        String b = sent == null || sent.toString().isEmpty() ? null : sent.toString();
        return Objects.equals(a, b);
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true); // Camunda keeps a command's arguments to itself; we read them, never write
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's " + type.getSimpleName() + " has no field " + name
                    + ": check FormOnlyCompletions against this engine version", e);
        }
    }

    private static Object read(Field field, Object command) {
        try {
            return field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
