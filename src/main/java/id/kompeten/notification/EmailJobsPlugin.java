package id.kompeten.notification;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Teaches the engine the email job: its handler, its retry cycle, where its incident goes and whose history its log is. */
@Component
class EmailJobsPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<EmailDelivery> delivery;
    private final String retryCycle;

    /** The delivery is looked up when a job runs: it needs the engine's TaskService, so not while it is built. */
    EmailJobsPlugin(ObjectProvider<EmailDelivery> delivery, MailSettings mail) {
        this.delivery = delivery;
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
    }

    /** After the starter's preInit, which sets Camunda's default factory, and after the engine made its producer. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobCommandFactory((jobId, exception) -> new EmailJobRetryCmd(jobId, exception, retryCycle));
        configuration.setHistoryEventProducer(EmailJobHistory.around(configuration.getHistoryEventProducer()));
    }
}
