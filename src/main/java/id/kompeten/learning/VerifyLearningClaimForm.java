package id.kompeten.learning;

import static id.kompeten.forms.FieldRule.TEXT_LIMIT;
import static id.kompeten.forms.FieldRule.choice;
import static id.kompeten.forms.FieldRule.display;
import static id.kompeten.forms.FieldRule.text;

import id.kompeten.forms.FieldError;
import id.kompeten.forms.FormSpec;
import id.kompeten.forms.FormValues;
import id.kompeten.forms.TaskForm;
import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseVariables;
import id.kompeten.process.ClaimProcess;
import id.kompeten.process.TaskNames;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * HR verify a claim against its certificate, or refuse it with a reason (sent to the claimant). The form shows
 * the claim as its claimant wrote it and the JP it would earn; HR's decision is the only thing it records, once.
 * The task's name says whose claim it is, as a case's tasks do.
 */
@Component
class VerifyLearningClaimForm implements TaskForm {

    static final String VERIFIED = "VERIFIED";
    static final String REFUSED = "REFUSED";
    private static final Locale ID = Locale.forLanguageTag("id");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm 'WIB'", ID);

    private static final FormSpec SPEC = FormSpec.of("verify-learning-claim",
            display(CaseVariables.EMPLOYEE_NAME),
            display(ClaimProcess.CLAIM_SUMMARY),
            choice(ClaimProcess.CLAIM_DECISION, true, VERIFIED, REFUSED),
            text(ClaimProcess.CLAIM_REFUSAL_REASON, false, TEXT_LIMIT));

    private final LearningClaims claims;
    private final MessageSource messages;

    VerifyLearningClaimForm(LearningClaims claims, MessageSource messages) {
        this.claims = claims;
        this.messages = messages;
    }

    @Override
    public FormSpec spec() {
        return SPEC;
    }

    @Override
    public void prepare(DelegateTask task) {
        LearningClaim claim = claimOf(task);
        String employee = (String) task.getVariable(CaseVariables.EMPLOYEE_NAME);
        String unit = (String) task.getVariable(CaseVariables.EMPLOYEE_UNIT);
        task.setName(TaskNames.name(task.getBpmnModelElementInstance().getName(), employee, claim.getClaimNumber(),
                unit == null ? List.of() : List.of(unit)));
    }

    @Override
    public void show(DelegateTask task, VariableMap shown) {
        shown.putValue(ClaimProcess.CLAIM_SUMMARY, summary(claimOf(task)));
    }

    private LearningClaim claimOf(DelegateTask task) {
        return claims.get(((Number) task.getVariable(ClaimProcess.CLAIM_ID)).longValue());
    }

    /** The claim in a few lines, in Indonesian (as the form). */
    String summary(LearningClaim claim) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(claim.getStartsOn(), claim.getEndsOn()) + 1;
        BigDecimal jp = claims.jpFor(claim);
        return String.join("\n",
                message("claim.summary.kind", message(claim.getKind().messageKey())),
                message("claim.summary.title", claim.getTitle()),
                message("claim.summary.organiser", claim.getOrganiser()),
                message("claim.summary.period", DAY.format(claim.getStartsOn()), DAY.format(claim.getEndsOn()),
                        String.valueOf(days)),
                message("claim.summary.minutes", String.valueOf(claim.getMinutes())),
                message("claim.summary.jp", jp.stripTrailingZeros().toPlainString().replace('.', ',')),
                message("claim.summary.certificate", claim.getCertificateType().substring(
                                claim.getCertificateType().indexOf('/') + 1).toUpperCase(Locale.ROOT),
                        String.valueOf(Math.max(1, claim.getCertificateSize() / 1024))),
                message("claim.summary.submitted", MOMENT.format(claim.getSubmittedAt().atZone(LearningClaims.WIB)),
                        claim.getClaimNumber()));
    }

    @Override
    public List<FieldError> check(DelegateExecution execution, FormValues values) {
        if (REFUSED.equals(values.text(ClaimProcess.CLAIM_DECISION)) && !values.has(ClaimProcess.CLAIM_REFUSAL_REASON)) {
            return List.of(new FieldError(ClaimProcess.CLAIM_REFUSAL_REASON, "form.requiredWhenRefused"));
        }
        return List.of();
    }

    @Override
    public void submit(DelegateExecution execution, FormValues values) {
        long claimId = ((Number) execution.getVariable(ClaimProcess.CLAIM_ID)).longValue();
        String decision = values.text(ClaimProcess.CLAIM_DECISION);
        claims.decide(claimId, VERIFIED.equals(decision) ? ClaimStatus.VERIFIED : ClaimStatus.REFUSED,
                CaseContext.of(execution).actor(),
                values.has(ClaimProcess.CLAIM_REFUSAL_REASON) ? values.text(ClaimProcess.CLAIM_REFUSAL_REASON) : null);
        execution.setVariable(ClaimProcess.CLAIM_DECISION, decision);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, ID);
    }
}
