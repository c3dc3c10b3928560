package id.kompeten.notification;

import id.kompeten.cases.CaseRepository;
import id.kompeten.cases.CompetencyCase;
import id.kompeten.notification.OutgoingEmail.Detail;
import id.kompeten.notification.OutgoingEmail.Link;
import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseProcess;
import id.kompeten.training.Enrollment;
import id.kompeten.training.Enrollments;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Decides, for one email step of a case, who gets which message, and writes it in each recipient's language
 * from the case's data. Texts: {@code mail.<KIND>.subject} and {@code .body}, with the arguments
 * {0} case number, {1} participant, {2} course, {3} round, {4} JP, {5} task, {6} who holds the task, {7} year.
 */
@Component
class EmailComposer {

    private final Recipients recipients;
    private final EmailTexts texts;
    private final CaseRepository cases;
    private final Enrollments enrollments;
    private final OverdueTasks overdueTasks;

    EmailComposer(Recipients recipients, EmailTexts texts, CaseRepository cases, Enrollments enrollments,
                  OverdueTasks overdueTasks) {
        this.recipients = recipients;
        this.texts = texts;
        this.cases = cases;
        this.enrollments = enrollments;
        this.overdueTasks = overdueTasks;
    }

    /** What one step sends; the subject and texts of {@code draft} are filled per recipient. */
    private record Draft(EmailKind kind, String textKey, String taskKey, Object[] args, CaseContext context,
                         String reason, BigDecimal jp, OverdueTasks.Overdue overdue) {}

    List<OutgoingEmail> compose(EmailKind kind, CaseContext context, String processInstanceId, String overdueTask) {
        CompetencyCase competencyCase = cases.findById(context.caseNumber())
                .orElseThrow(() -> new IllegalStateException("no case " + context.caseNumber()));
        Recipient participant = recipients.participant(context.employeeNip());
        Optional<Enrollment> enrollment = enrollments.latest(context.caseNumber());
        OverdueTasks.Overdue overdue = overdueTask == null ? null
                : overdueTasks.of(processInstanceId, overdueTask).orElse(null);
        String courseTitle = enrollment.map(e -> e.getSession().getCourse().getTitle()).orElse("");
        // every argument a string: MessageFormat would print the year 2026 as "2.026"
        Object[] args = {context.caseNumber(), participant.name(), courseTitle, String.valueOf(context.round()),
                competencyCase.getJpCredited() == null ? "0" : competencyCase.getJpCredited().stripTrailingZeros().toPlainString(),
                null, null, String.valueOf(competencyCase.getCycleYear())};

        String textKey = kind.name();
        String taskKey = null;
        String reason = null;
        List<Recipient> to = new ArrayList<>();
        switch (kind) {
            case NEEDS_SURVEY_REQUEST -> { to.add(participant); taskKey = CaseProcess.TASK_FILL_NEEDS_SURVEY; }
            case ASSESSMENT_REQUEST -> { supervisor(context).ifPresent(to::add); taskKey = CaseProcess.TASK_ASSESS_COMPETENCIES; }
            case POST_SURVEY_REQUEST -> { to.add(participant); taskKey = CaseProcess.TASK_FILL_POST_TRAINING_SURVEY; }
            case INTERVIEW_REQUEST -> { supervisor(context).ifPresent(to::add); taskKey = CaseProcess.TASK_CONDUCT_SUPERVISOR_INTERVIEW; }
            case FOLLOW_UP_APPROVAL_REQUEST -> { supervisor(context).ifPresent(to::add); taskKey = CaseProcess.TASK_APPROVE_FOLLOW_UP_TRAINING; }
            case CASE_ESCALATED -> { to.addAll(recipients.hrStaff()); taskKey = CaseProcess.TASK_REVIEW_ESCALATED_CASE; }
            case FOLLOW_UP_APPROVED -> to.add(participant);
            case CASE_CLOSED -> {
                to.add(participant);
                textKey = "CASE_CLOSED." + competencyCase.getOutcome().name();
                reason = switch (competencyCase.getOutcome()) {
                    case FOLLOW_UP_REJECTED, CLOSED_BY_HR -> competencyCase.getOutcomeReason();
                    default -> null;
                };
            }
            case TASK_REMINDER, TASK_ESCALATION -> {
                if (overdue != null) {
                    taskKey = overdue.taskKey();
                    to.addAll(kind == EmailKind.TASK_REMINDER ? holders(overdue) : above(overdue, context));
                    args[6] = overdue.assignee() == null ? null
                            : recipients.user(overdue.assignee()).map(Recipient::name).orElse(overdue.assignee());
                }
            }
        }
        Draft draft = new Draft(kind, textKey, taskKey, args, context, reason,
                competencyCase.getJpCredited(), overdue);
        return to.stream().map(recipient -> write(draft, recipient, participant)).toList();
    }

    private OutgoingEmail write(Draft draft, Recipient recipient, Recipient participant) {
        Locale locale = recipient.locale();
        Object[] args = draft.args().clone();
        if (draft.taskKey() != null) {
            args[5] = texts.text("mail.task." + draft.taskKey(), locale);
        }
        if (args[6] == null) {
            args[6] = participant.name();
        }
        List<Detail> details = new ArrayList<>();
        details.add(new Detail(texts.text("mail.detail.caseNumber", locale), draft.context().caseNumber()));
        if (!recipient.username().equals(participant.username())) {
            details.add(new Detail(texts.text("mail.detail.employee", locale), participant.name()));
        }
        if (draft.kind() == EmailKind.FOLLOW_UP_APPROVED) {
            details.add(new Detail(texts.text("mail.detail.round", locale), String.valueOf(draft.context().round())));
        }
        if (draft.kind() == EmailKind.CASE_CLOSED && draft.jp() != null && draft.jp().signum() > 0) {
            details.add(new Detail(texts.text("mail.detail.jp", locale), (String) args[4]));
        }
        if (draft.reason() != null && !draft.reason().isBlank()) {
            details.add(new Detail(texts.text("mail.detail.reason", locale), draft.reason()));
        }
        if (draft.overdue() != null) {
            details.add(new Detail(texts.text("mail.detail.task", locale), (String) args[5]));
            details.add(new Detail(texts.text("mail.detail.since", locale), texts.moment(draft.overdue().created(), locale)));
        }
        OutgoingEmail email = OutgoingEmail.ofCase(draft.kind().name(), draft.context().caseNumber(),
                draft.context().round(), recipient, texts.text("mail." + draft.textKey() + ".subject", locale, args),
                texts.text("mail." + draft.textKey() + ".body", locale, args), details,
                draft.taskKey() == null ? null : Link.toTask(draft.taskKey()));
        return draft.overdue() == null ? email : email.aboutTask(draft.overdue().taskId());
    }

    private Optional<Recipient> supervisor(CaseContext context) {
        return recipients.supervisorOf(context.employeeNip());
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
            case CaseProcess.TASK_FILL_NEEDS_SURVEY, CaseProcess.TASK_FILL_POST_TRAINING_SURVEY ->
                    supervisor(context).map(List::of).orElse(List.of());
            default -> recipients.hrStaff();
        };
    }
}
