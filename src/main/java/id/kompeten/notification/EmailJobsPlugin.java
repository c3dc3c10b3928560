package id.kompeten.notification;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Teaches the engine the sending of emails after their commands ({@link EmailDrainInterceptor}) and the email job of
 * a failed send: its handler, its retry cycle, where its incident goes and whose history its log is.
 */
@Component
class EmailJobsPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<EmailDelivery> delivery;
    private final ObjectProvider<EmailDrain> drain;
    private final String retryCycle;

    /** The delivery and the drain are looked up when used: they need the engine's services, so not while it is built. */
    EmailJobsPlugin(ObjectProvider<EmailDelivery> delivery, ObjectProvider<EmailDrain> drain, MailSettings mail) {
        this.delivery = delivery;
        this.drain = drain;
        this.retryCycle = mail.retryCycle();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomJobHandlers() == null) {
            configuration.setCustomJobHandlers(new ArrayList<>());
        }
        configuration.getCustomJobHandlers().add(new EmailJobHandler(delivery::getObject));
        if (configuration.getCustomIncidentHandlers() == null) {
            configuration.setCustomIncidentHandlers(new ArrayList<>());
        }
        configuration.getCustomIncidentHandlers().add(new EmailJobIncidents());
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new EmailDrainInterceptor(drain::getObject));
    }

    /** After the starter's preInit, which sets Camunda's default factory, and after the engine made its producer. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobCommandFactory((jobId, exception) -> new EmailJobRetryCmd(jobId, exception, retryCycle));
        configuration.setHistoryEventProducer(EmailJobHistory.around(configuration.getHistoryEventProducer()));
    }
}
