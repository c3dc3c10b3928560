package id.kompeten.agencyplan;

import id.kompeten.notification.EmailTexts;
import id.kompeten.notification.Emails;
import id.kompeten.notification.OutgoingEmail;
import id.kompeten.notification.OutgoingEmail.Detail;
import id.kompeten.notification.OutgoingEmail.Link;
import id.kompeten.notification.Recipient;
import id.kompeten.notification.Recipients;
import id.kompeten.process.AgencyPlanProcess;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The emails of an agency's plan, each in its reader's language: its head is asked to set it (and reminded while
 * the task waits); HR who prepared it hear that it was set or returned, with the head's note. Texts
 * {@code mail.<KIND>.subject} and {@code .body}: {0} plan number, {1} agency, {2} year, {3} the head's name.
 */
@Service
class AgencyPlanEmails {

    enum Kind { AGENCY_PLAN_APPROVAL_REQUEST, AGENCY_PLAN_APPROVAL_REMINDER, AGENCY_PLAN_APPROVED, AGENCY_PLAN_RETURNED }

    private final Emails emails;
    private final Recipients recipients;
    private final EmailTexts texts;
    private final AgencyPlans plans;
    private final TaskService tasks;

    AgencyPlanEmails(Emails emails, Recipients recipients, EmailTexts texts, AgencyPlans plans, TaskService tasks) {
        this.emails = emails;
        this.recipients = recipients;
        this.texts = texts;
        this.plans = plans;
        this.tasks = tasks;
    }

    void send(Kind kind, long planId, String processInstanceId) {
        AgencyPlan plan = plans.get(planId);
        Recipient head = recipients.user(plan.getHead()).orElse(null);
        Task open = kind != Kind.AGENCY_PLAN_APPROVAL_REMINDER ? null : tasks.createTaskQuery()
                .processInstanceId(processInstanceId).taskDefinitionKey(AgencyPlanProcess.TASK_APPROVE_AGENCY_PLAN)
                .singleResult();
        List<Recipient> to = switch (kind) {
            case AGENCY_PLAN_APPROVAL_REQUEST -> head == null ? List.of() : List.of(head);
            case AGENCY_PLAN_APPROVAL_REMINDER -> open == null || head == null ? List.of() : List.of(head);
            // HR who prepared it; all HR where that user is gone
            case AGENCY_PLAN_APPROVED, AGENCY_PLAN_RETURNED -> plan.getPreparedBy() == null ? recipients.hrStaff()
                    : recipients.user(plan.getPreparedBy()).map(List::of).orElseGet(recipients::hrStaff);
        };
        for (Recipient recipient : to) {
            OutgoingEmail email = write(kind, plan, head, recipient);
            emails.request(kind == Kind.AGENCY_PLAN_APPROVAL_REMINDER ? email.aboutTask(open.getId()) : email);
        }
    }

    private OutgoingEmail write(Kind kind, AgencyPlan plan, Recipient head, Recipient to) {
        Locale locale = to.locale();
        Object[] args = {plan.getPlanNumber(), plan.getAgency(), String.valueOf(plan.getPlanYear()),
                head == null ? plan.getHead() : head.name()};
        List<Detail> details = new ArrayList<>();
        details.add(new Detail(texts.text("mail.detail.agencyPlan", locale), plan.getPlanNumber()));
        details.add(new Detail(texts.text("mail.detail.agency", locale), plan.getAgency() + ", " + plan.getPlanYear()));
        if (kind == Kind.AGENCY_PLAN_RETURNED && plan.getDecisionNote() != null) {
            details.add(new Detail(texts.text("mail.detail.reason", locale), plan.getDecisionNote()));
        }
        Link link = switch (kind) {
            case AGENCY_PLAN_APPROVAL_REQUEST, AGENCY_PLAN_APPROVAL_REMINDER ->
                    Link.toTask(AgencyPlanProcess.TASK_APPROVE_AGENCY_PLAN);
            case AGENCY_PLAN_RETURNED -> Link.toTask(AgencyPlanProcess.TASK_PREPARE_AGENCY_PLAN);
            case AGENCY_PLAN_APPROVED -> Link.toPage("/laporan/rencana?instansi="
                    + URLEncoder.encode(plan.getAgency(), StandardCharsets.UTF_8) + "&tahun=" + plan.getPlanYear(),
                    "mail.action.openPlan");
        };
        return OutgoingEmail.notice(kind.name(), plan.getPlanNumber(), to,
                texts.text("mail." + kind.name() + ".subject", locale, args),
                texts.text("mail." + kind.name() + ".body", locale, args), details, link);
    }
}
