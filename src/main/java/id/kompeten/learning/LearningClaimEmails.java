package id.kompeten.learning;

import id.kompeten.notification.EmailTexts;
import id.kompeten.notification.Emails;
import id.kompeten.notification.OutgoingEmail;
import id.kompeten.notification.OutgoingEmail.Detail;
import id.kompeten.notification.OutgoingEmail.Link;
import id.kompeten.notification.Recipient;
import id.kompeten.notification.Recipients;
import id.kompeten.process.ClaimProcess;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The emails of a claim, through notification's {@link Emails}, each in its reader's language: HR are asked to
 * verify it (and reminded while nobody has), the claimant hears the outcome (the JP credited, or why it was
 * refused). Texts {@code mail.<KIND>.subject} and {@code .body}: {0} claim number, {1} claimant, {2} the
 * activity's title, {3} JP, {4} kind.
 */
@Service
class LearningClaimEmails {

    enum Kind { CLAIM_VERIFICATION_REQUEST, CLAIM_VERIFICATION_REMINDER, CLAIM_VERIFIED, CLAIM_REFUSED }

    private final Emails emails;
    private final Recipients recipients;
    private final EmailTexts texts;
    private final LearningClaims claims;
    private final TaskService tasks;

    LearningClaimEmails(Emails emails, Recipients recipients, EmailTexts texts, LearningClaims claims, TaskService tasks) {
        this.emails = emails;
        this.recipients = recipients;
        this.texts = texts;
        this.claims = claims;
        this.tasks = tasks;
    }

    void send(Kind kind, long claimId, String processInstanceId) {
        LearningClaim claim = claims.get(claimId);
        Recipient claimant = recipients.participant(claim.getEmployeeNip());
        Task open = kind != Kind.CLAIM_VERIFICATION_REMINDER ? null : tasks.createTaskQuery()
                .processInstanceId(processInstanceId).taskDefinitionKey(ClaimProcess.TASK_VERIFY_LEARNING_CLAIM)
                .singleResult();
        BigDecimal jp = claims.jpFor(claim);
        List<Recipient> to = switch (kind) {
            case CLAIM_VERIFICATION_REQUEST -> recipients.hrStaff();
            // nobody is reminded of a claim already decided; a claimed task, only its assignee
            case CLAIM_VERIFICATION_REMINDER -> open == null ? List.of() : open.getAssignee() == null
                    ? recipients.hrStaff() : recipients.user(open.getAssignee()).map(List::of).orElse(List.of());
            case CLAIM_VERIFIED, CLAIM_REFUSED -> List.of(claimant);
        };
        for (Recipient recipient : to) {
            OutgoingEmail email = write(kind, claim, claimant, recipient, jp);
            emails.request(kind == Kind.CLAIM_VERIFICATION_REMINDER ? email.aboutTask(open.getId()) : email);
        }
    }

    private OutgoingEmail write(Kind kind, LearningClaim claim, Recipient claimant, Recipient to, BigDecimal jpEarned) {
        Locale locale = to.locale();
        String jp = EmailTexts.jp(jpEarned, locale);
        Object[] args = {claim.getClaimNumber(), claimant.name(), claim.getTitle(), jp,
                texts.text(claim.getKind().messageKey(), locale)};
        List<Detail> details = new ArrayList<>();
        details.add(new Detail(texts.text("mail.detail.claimNumber", locale), claim.getClaimNumber()));
        if (!to.username().equals(claimant.username())) {
            details.add(new Detail(texts.text("mail.detail.employee", locale), claimant.name()));
        }
        details.add(new Detail(texts.text("mail.detail.activity", locale), claim.getTitle() + " (" + args[4] + ")"));
        details.add(new Detail(texts.text("mail.detail.organiser", locale), claim.getOrganiser()));
        if (kind == Kind.CLAIM_VERIFIED) {
            details.add(new Detail(texts.text("mail.detail.jp", locale), jp));
        }
        if (kind == Kind.CLAIM_REFUSED && claim.getDecisionReason() != null) {
            details.add(new Detail(texts.text("mail.detail.reason", locale), claim.getDecisionReason()));
        }
        boolean toHr = kind == Kind.CLAIM_VERIFICATION_REQUEST || kind == Kind.CLAIM_VERIFICATION_REMINDER;
        return OutgoingEmail.notice(kind.name(), claim.getClaimNumber(), to,
                texts.text("mail." + kind.name() + ".subject", locale, args),
                texts.text("mail." + kind.name() + ".body", locale, args), details,
                toHr ? Link.toTask(ClaimProcess.TASK_VERIFY_LEARNING_CLAIM) : null);
    }
}
