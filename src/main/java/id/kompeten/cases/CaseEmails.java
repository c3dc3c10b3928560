package id.kompeten.cases;

import static id.kompeten.process.CaseProcess.*;

import id.kompeten.notification.EmailTexts;
import id.kompeten.notification.Emails;
import id.kompeten.notification.OutgoingEmail.Detail;
import id.kompeten.notification.OutgoingEmail.Link;
import id.kompeten.notification.OutgoingEmail;
import id.kompeten.notification.Recipient;
import id.kompeten.notification.Recipients;
import id.kompeten.process.CaseContext;
import id.kompeten.training.Enrollments;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * The emails of the case's own steps, sent through notification's {@link Emails}: the requests to do a task of the
 * case (surveys, assessment, interview, approval), the escalation to HR, the approved follow-up, the closing, and
 * the reminders and escalations of tasks left undone; who gets which, each written in the recipient's language
 * from the case's data. Texts: {@code mail.<KIND>.subject} and {@code .body}, with the arguments
 * {0} case number, {1} participant, {2} course, {3} round, {4} JP, {5} task, {6} who holds the task, {7} year.
 */
@Service
class CaseEmails {

    /** The case's own email steps (the {@code emailKind} of the step in the BPMN); training's are TrainingEmails'. */
    enum Kind {
        NEEDS_SURVEY_REQUEST,
        ASSESSMENT_REQUEST,
        PLAN_PROPOSAL_REQUEST,
        PLAN_APPROVAL_REQUEST,
        PLAN_BUDGET_CHECK,
        POST_SURVEY_REQUEST,
        INTERVIEW_REQUEST,
        FOLLOW_UP_APPROVAL_REQUEST,
        CASE_ESCALATED,
        FOLLOW_UP_APPROVED,
        CASE_CLOSED,
        TASK_REMINDER,
        TASK_ESCALATION;

        boolean aboutOverdueTask() {
            return this == TASK_REMINDER || this == TASK_ESCALATION;
        }
    }

    private final Emails emails;
    private final Recipients recipients;
    private final EmailTexts texts;
    private final CaseRepository cases;
    private final Enrollments enrollments;
    private final OverdueTasks overdueTasks;

    CaseEmails(Emails emails, Recipients recipients, EmailTexts texts, CaseRepository cases, Enrollments enrollments,
               OverdueTasks overdueTasks) {
        this.emails = emails;
        this.recipients = recipients;
        this.texts = texts;
        this.cases = cases;
        this.enrollments = enrollments;
        this.overdueTasks = overdueTasks;
    }

    /** What one step sends, the same for every recipient: texts' key and arguments, task, reason, figures. */
    private record Draft(Kind kind, CaseContext context, Recipient participant, String textKey, String taskKey,
                         Object[] args, String reason, BigDecimal jp, OverdueTasks.Overdue overdue) {}

    /**
     * Sends the step's emails.
     *
     * @param overdueTask for a reminder or escalation, the task (its key) it is about; its open task in
     *                    {@code processInstanceId} is found, and none is sent once that task is done
     */
    void send(Kind kind, CaseContext context, String processInstanceId, String overdueTask) {
        CompetencyCase competencyCase = cases.findById(context.caseNumber())
                .orElseThrow(() -> new IllegalStateException("no case " + context.caseNumber()));
        Recipient participant = recipients.participant(context.employeeNip());
        OverdueTasks.Overdue overdue = overdueTask == null ? null
                : overdueTasks.of(processInstanceId, overdueTask).orElse(null);
        Draft draft = draft(kind, context, competencyCase, participant, overdue);
        for (Recipient to : recipientsOf(kind, context, participant, overdue)) {
            emails.request(write(draft, to));
        }
    }

    private Draft draft(Kind kind, CaseContext context, CompetencyCase competencyCase, Recipient participant,
                        OverdueTasks.Overdue overdue) {
        String holder = kind.aboutOverdueTask() && overdue != null && overdue.assignee() != null
                ? recipients.user(overdue.assignee()).map(Recipient::name).orElse(overdue.assignee()) : null;
        // every argument a string (MessageFormat would print the year 2026 as "2.026"), the course's title once a
        // text asks for it
        Object[] args = {context.caseNumber(), participant.name(), new CourseTitle(context.caseNumber()),
                String.valueOf(context.round()),
                competencyCase.getJpCredited() == null ? "0" : competencyCase.getJpCredited().stripTrailingZeros().toPlainString(),
                null, holder, String.valueOf(competencyCase.getCycleYear())};
        return new Draft(kind, context, participant, textKey(kind, competencyCase), taskKey(kind, overdue), args,
                reason(kind, competencyCase), competencyCase.getJpCredited(), overdue);
    }

    /**
     * The title of the course of the case's latest enrolment, read when a text names it ({2}, which MessageFormat
     * prints by {@code toString()}) and then kept: of a case's emails only the survey's after the training does, and
     * each lookup is a query.
     */
    private final class CourseTitle {
        private final String caseNumber;
        private String title;

        CourseTitle(String caseNumber) {
            this.caseNumber = caseNumber;
        }

        @Override
        public String toString() {
            if (title == null) {
                title = enrollments.latest(caseNumber).map(e -> e.getSession().getCourse().getTitle()).orElse("");
            }
            return title;
        }
    }

    /** Who gets the step's email; a reminder or escalation of a task no longer open goes to nobody. */
    private List<Recipient> recipientsOf(Kind kind, CaseContext context, Recipient participant,
                                         OverdueTasks.Overdue overdue) {
        return switch (kind) {
            case NEEDS_SURVEY_REQUEST, PLAN_PROPOSAL_REQUEST, POST_SURVEY_REQUEST, FOLLOW_UP_APPROVED, CASE_CLOSED ->
                    List.of(participant);
            case ASSESSMENT_REQUEST, PLAN_APPROVAL_REQUEST, INTERVIEW_REQUEST, FOLLOW_UP_APPROVAL_REQUEST ->
                    supervisor(context);
            case CASE_ESCALATED, PLAN_BUDGET_CHECK -> recipients.hrStaff();
            case TASK_REMINDER -> overdue == null ? List.of() : holders(overdue);
            case TASK_ESCALATION -> overdue == null ? List.of() : above(overdue, context);
        };
    }

    /** The task the email links to and names. */
    private static String taskKey(Kind kind, OverdueTasks.Overdue overdue) {
        return switch (kind) {
            case NEEDS_SURVEY_REQUEST -> TASK_FILL_NEEDS_SURVEY;
            case ASSESSMENT_REQUEST -> TASK_ASSESS_COMPETENCIES;
            case PLAN_PROPOSAL_REQUEST -> TASK_PROPOSE_DEVELOPMENT_PLAN;
            case PLAN_APPROVAL_REQUEST -> TASK_APPROVE_DEVELOPMENT_PLAN;
            case PLAN_BUDGET_CHECK -> TASK_CONFIRM_PLAN_BUDGET;
            case POST_SURVEY_REQUEST -> TASK_FILL_POST_TRAINING_SURVEY;
            case INTERVIEW_REQUEST -> TASK_CONDUCT_SUPERVISOR_INTERVIEW;
            case FOLLOW_UP_APPROVAL_REQUEST -> TASK_APPROVE_FOLLOW_UP_TRAINING;
            case CASE_ESCALATED -> TASK_REVIEW_ESCALATED_CASE;
            case TASK_REMINDER, TASK_ESCALATION -> overdue == null ? null : overdue.taskKey();
            case FOLLOW_UP_APPROVED, CASE_CLOSED -> null;
        };
    }

    /** A closed case's texts say how it ended. */
    private static String textKey(Kind kind, CompetencyCase competencyCase) {
        return kind == Kind.CASE_CLOSED ? "CASE_CLOSED." + competencyCase.getOutcome().name() : kind.name();
    }

    private static String reason(Kind kind, CompetencyCase competencyCase) {
        if (kind != Kind.CASE_CLOSED) {
            return null;
        }
        return switch (competencyCase.getOutcome()) {
            case FOLLOW_UP_REJECTED, CLOSED_BY_HR -> competencyCase.getOutcomeReason();
            default -> null;
        };
    }

    private OutgoingEmail write(Draft draft, Recipient to) {
        Locale locale = to.locale();
        Object[] args = draft.args().clone();
        if (draft.taskKey() != null) {
            args[5] = texts.text("mail.task." + draft.taskKey(), locale);
        }
        if (args[6] == null) {
            args[6] = draft.participant().name();
        }
        args[4] = EmailTexts.jp(draft.jp(), locale);
        OutgoingEmail email = OutgoingEmail.ofCase(draft.kind().name(), draft.context().caseNumber(),
                draft.context().round(), to, texts.text("mail." + draft.textKey() + ".subject", locale, args),
                texts.text("mail." + draft.textKey() + ".body", locale, args), details(draft, to, args),
                draft.taskKey() == null ? null : Link.toTask(draft.taskKey()));
        return draft.overdue() == null ? email : email.aboutTask(draft.overdue().taskId());
    }

    private List<Detail> details(Draft draft, Recipient to, Object[] args) {
        Locale locale = to.locale();
        List<Detail> details = new ArrayList<>();
        details.add(new Detail(texts.text("mail.detail.caseNumber", locale), draft.context().caseNumber()));
        if (!to.username().equals(draft.participant().username())) {
            details.add(new Detail(texts.text("mail.detail.employee", locale), draft.participant().name()));
        }
        if (draft.kind() == Kind.FOLLOW_UP_APPROVED) {
            details.add(new Detail(texts.text("mail.detail.round", locale), String.valueOf(draft.context().round())));
        }
        if (draft.kind() == Kind.CASE_CLOSED && draft.jp() != null && draft.jp().signum() > 0) {
            details.add(new Detail(texts.text("mail.detail.jp", locale), (String) args[4]));
        }
        if (draft.reason() != null && !draft.reason().isBlank()) {
            details.add(new Detail(texts.text("mail.detail.reason", locale), draft.reason()));
        }
        if (draft.overdue() != null) {
            details.add(new Detail(texts.text("mail.detail.task", locale), (String) args[5]));
            details.add(new Detail(texts.text("mail.detail.since", locale), texts.moment(draft.overdue().created(), locale)));
        }
        return details;
    }

    private List<Recipient> supervisor(CaseContext context) {
        return recipients.supervisorOf(context.employeeNip()).map(List::of).orElse(List.of());
    }

    /** Whoever holds the task: its assignee, or every member of its candidate group while nobody claimed it. */
    private List<Recipient> holders(OverdueTasks.Overdue overdue) {
        if (overdue.assignee() != null) {
            return recipients.user(overdue.assignee()).map(List::of).orElse(List.of());
        }
        return recipients.hrStaff();
    }

    /** One step up: a participant's task goes to the supervisor, a supervisor's to HR. */
    private List<Recipient> above(OverdueTasks.Overdue overdue, CaseContext context) {
        return switch (overdue.taskKey()) {
            case TASK_FILL_NEEDS_SURVEY, TASK_FILL_POST_TRAINING_SURVEY -> supervisor(context);
            default -> recipients.hrStaff();
        };
    }
}
