package id.kompeten.forms;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts {@link FormOnlyCompletions} and {@link ShownForms} in the engine, inside each command's context (they read
 * the task).
 */
@Component
class FormOnlyCompletionsPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskFormListener> forms;
    private final FormMessages messages;

    // the forms' beans need the engine's services: looked up when the first completion comes, not now
    FormOnlyCompletionsPlugin(ObjectProvider<TaskFormListener> forms, FormMessages messages) {
        this.forms = forms;
        this.messages = messages;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(new FormOnlyCompletions(formId -> forms.getObject().form(formId), messages));
        interceptors.add(new ShownForms(formId -> forms.getObject().form(formId)));
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }
}
