package id.kompeten.notification;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
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

    private final EmailContent content;
    private final JdbcTemplate jdbc;
    private final EntityManager entities;
    private final EmailDrain drain;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String messageIdDomain;

    EmailOutbox(EmailContent content, JdbcTemplate jdbc, EntityManager entities, EmailDrain drain,
                ApplicationEventPublisher events, Clock clock, MailSettings mail) {
        this.content = content;
        this.jdbc = jdbc;
        this.entities = entities;
        this.drain = drain;
        this.events = events;
        this.clock = clock;
        this.messageIdDomain = mail.messageIdDomain();
    }

    /**
     * The email's row, unless its key has one, in one statement: not a look, an insert and an update of its content
     * through JPA, for each of a case's eight emails. (A select without a table, so each value is cast to its
     * column's type: PostgreSQL would take an untyped parameter there as text.)
     */
    private static final String INSERT = "insert into email_message (idempotency_key, message_id, case_number, topic,"
            + " step, round, recipient, address, kind, locale, subject, status, requested_at, about_task,"
            + " process_instance_id, root_process_instance_id, process_definition_id, job_definition_id, content)"
            + " select ?, ?, ?, ?, ?, cast(? as integer), ?, ?, ?, ?, ?, 'REQUESTED',"
            + " cast(? as timestamp with time zone), ?, ?, ?, ?, ?, ?"
            + " where not exists (select 1 from email_message where idempotency_key = ?)";

    /** Records the email (of {@code caseNumber}, or null) in the transaction of the running step, to be sent after it. */
    void request(EmailKey key, ComposedEmail email, String caseNumber) {
        EmailMessage.Origin origin = origin(RunningStep.execution());
        String subject = email.subject().length() > 300 ? email.subject().substring(0, 300) : email.subject();
        String messageId = key.messageId(messageIdDomain);
        KeyHolder id = new GeneratedKeyHolder();
        entities.flush(); // what the row refers to (its case), when made in this transaction and not written yet
        int inserted = jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(INSERT, new String[] {"id"});
            Object[] values = {key.value(), messageId, caseNumber, key.topic(), key.step(), key.round(),
                    key.recipient(), email.recipient().address(), key.kind(),
                    email.recipient().locale().toLanguageTag(), subject, Timestamp.from(clock.instant()),
                    email.aboutTask(), origin.processInstanceId(), origin.rootProcessInstanceId(),
                    origin.processDefinitionId(), origin.jobDefinitionId(), content.write(email), key.value()};
            for (int i = 0; i < values.length; i++) {
                StatementCreatorUtils.setParameterValue(insert, i + 1, SqlTypeValue.TYPE_UNKNOWN, values[i]);
            }
            return insert;
        }, id);
        if (inserted == 0) {
            return; // asked for already, and handed to the drain with it
        }
        long messageRow = id.getKey().longValue();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                drain.committed(messageRow);
            }
        });
        events.publishEvent(new EmailRequested(key.value(), messageId));
    }

    /** The step's case (process instance, its root) and its job definition, for the job of a failed send. */
    private static EmailMessage.Origin origin(ExecutionEntity step) {
        JobEntity stepJob = Context.getCommandContext().getCurrentJob();
        return new EmailMessage.Origin(step.getProcessInstanceId(), step.getRootProcessInstanceId(),
                step.getProcessDefinitionId(), stepJob == null ? null : stepJob.getJobDefinitionId());
    }
}
