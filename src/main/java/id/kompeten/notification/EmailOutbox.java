package id.kompeten.notification;

import java.time.Clock;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox of email steps: a step only records its email (status REQUESTED, under its idempotency key), in the
 * step's transaction, and hands it to {@link EmailDrain} for after the commit. A step that rolls back thus leaves
 * no row and sends nothing; a step that committed has its row, which the drain sends once the step's transaction
 * is over (or, if this node dies first, another node's look for unsent rows). A failing send fails a job made for
 * it then, not the step: the case moves on, the job is retried and ends as an incident on the case.
 */
@Service
@Transactional
class EmailOutbox {

    private final EmailMessageRepository messages;
    private final EmailContent content;
    private final JdbcTemplate jdbc;
    private final EmailDrain drain;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String messageIdDomain;

    EmailOutbox(EmailMessageRepository messages, EmailContent content, JdbcTemplate jdbc, EmailDrain drain,
                ApplicationEventPublisher events, Clock clock, MailSettings mail) {
        this.messages = messages;
        this.content = content;
        this.jdbc = jdbc;
        this.drain = drain;
        this.events = events;
        this.clock = clock;
        this.messageIdDomain = mail.messageIdDomain();
    }

    /** Records the email (of {@code caseNumber}, or null) in the transaction of the running step, to be sent after it. */
    void request(EmailKey key, ComposedEmail email, String caseNumber) {
        if (messages.findByIdempotencyKey(key.value()).isPresent()) {
            return; // asked for already, and handed to the drain with it
        }
        EmailMessage message = messages.saveAndFlush(new EmailMessage(key, key.messageId(messageIdDomain), email,
                caseNumber, origin(RunningStep.execution()), clock.instant()));
        // JSON beside the mapped columns: the column is text, which JPA's schema validation reads as a CLOB
        jdbc.update("update email_message set content = ? where id = ?", content.write(email), message.getId());
        long id = message.getId();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                drain.committed(id);
            }
        });
        events.publishEvent(new EmailRequested(key.value(), message.getMessageId()));
    }

    /** The step's case (process instance, its root) and its job definition, for the job of a failed send. */
    private static EmailMessage.Origin origin(ExecutionEntity step) {
        JobEntity stepJob = Context.getCommandContext().getCurrentJob();
        return new EmailMessage.Origin(step.getProcessInstanceId(), step.getRootProcessInstanceId(),
                step.getProcessDefinitionId(), stepJob == null ? null : stepJob.getJobDefinitionId());
    }
}
