package id.kompeten.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** An email a step asked for (of a case, a programme or the JP reminder), under its idempotency key, and what became of it. */
@Entity
public class EmailMessage {

    public enum Status {
        /** Asked for by a step that committed; not settled yet (being sent, or its job keeps failing). */
        REQUESTED,
        /** Accepted by the SMTP server. */
        SENT,
        /** The recipient has no email address: nothing to send to. */
        NO_ADDRESS,
        /** No SMTP server configured (demo without a mail server): recorded, not sent. */
        MAIL_DISABLED,
        /** A reminder or escalation whose task was done before it could be sent: not sent. */
        OBSOLETE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String idempotencyKey;
    private String messageId;
    private String caseNumber;
    private String topic;
    private String step;
    private int round;
    private String recipient;
    private String address;
    private String kind;
    private String locale;
    private String subject;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant requestedAt;
    private Instant sentAt;
    private String aboutTask;
    private String processInstanceId;
    private String rootProcessInstanceId;
    private String processDefinitionId;
    private String jobDefinitionId;

    /** The step that asked for the email: where the job of a failed send belongs (its case, its step in Cockpit). */
    record Origin(String processInstanceId, String rootProcessInstanceId, String processDefinitionId,
                  String jobDefinitionId) {}

    protected EmailMessage() {}

    public Long getId() { return id; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public String getMessageId() { return messageId; }
    public String getCaseNumber() { return caseNumber; }
    public String getTopic() { return topic; }
    public String getStep() { return step; }
    public int getRound() { return round; }
    public String getRecipient() { return recipient; }
    public String getAddress() { return address; }
    public String getKind() { return kind; }
    public String getLocale() { return locale; }
    public String getSubject() { return subject; }
    public Status getStatus() { return status; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getSentAt() { return sentAt; }
    public String getAboutTask() { return aboutTask; }
}
