package id.kompeten.notification;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Service;

/**
 * What features email through: each writes its own emails ({@link OutgoingEmail}: kind, recipient, texts, link,
 * attachments) and asks for them here from the BPMN step that sends them. This frames them (greeting, footer,
 * the button's URL and label, in the reader's language), keys them (topic, step, round, recipient, kind and the
 * step's pass) and records them in the outbox, in the step's transaction; each is sent once the step committed
 * ({@link EmailOutbox}, {@link EmailDrain}), by a job of its own only if that send failed.
 */
@Service
public class Emails {

    private final EmailOutbox outbox;
    private final EmailTexts texts;
    private final TaskLinks taskLinks;
    private final EmailMessageRepository messages;
    private final String baseUrl;

    Emails(EmailOutbox outbox, EmailTexts texts, TaskLinks taskLinks, EmailMessageRepository messages,
           MailSettings mail) {
        this.outbox = outbox;
        this.texts = texts;
        this.taskLinks = taskLinks;
        this.messages = messages;
        this.baseUrl = mail.baseUrl();
    }

    /** Asks for the email from the BPMN step now running (a delegate's): asked for once per step, pass and recipient. */
    public void request(OutgoingEmail email) {
        ExecutionEntity step = RunningStep.execution();
        outbox.request(new EmailKey(email.topic(), step.getCurrentActivityId(), email.round(), email.to().username(),
                email.kind(), RunningStep.pass(step)), framed(email), email.caseNumber());
    }

    /** Every email a case asked for, in the order asked, with what became of each. */
    public List<EmailMessage> ofCase(String caseNumber) {
        return messages.findByCaseNumberOrderByRequestedAtAscIdAsc(caseNumber);
    }

    private ComposedEmail framed(OutgoingEmail email) {
        Locale locale = email.to().locale();
        OutgoingEmail.Link link = email.link();
        return new ComposedEmail(email.kind(), email.to(), email.subject(),
                texts.text("mail.greeting", locale, email.to().name()), email.paragraphs(), email.details(),
                link == null ? null : texts.text(link.labelKey(), locale), link == null ? null : url(email, link, locale),
                email.caseNumber() != null ? texts.text("mail.footer", locale, email.caseNumber())
                        : texts.text("mail.footer.notice", locale),
                email.attachments(), email.aboutTask());
    }

    private String url(OutgoingEmail email, OutgoingEmail.Link link, Locale locale) {
        if (link.taskKey() != null) {
            // the task of the email's case, or of the process its topic keys (a claim: KLM-...)
            String businessKey = email.caseNumber() != null ? email.caseNumber() : email.topic();
            if (!TaskLinks.isBusinessKey(businessKey)) {
                throw new IllegalArgumentException("a task link needs the email's case or claim: " + email.kind());
            }
            return taskLinks.link(businessKey, link.taskKey(), locale);
        }
        return baseUrl + link.path();
    }
}
