package id.kompeten.training;

import id.kompeten.notification.Emails;
import id.kompeten.notification.EmailTexts;
import id.kompeten.notification.MailSettings;
import id.kompeten.notification.OutgoingEmail;
import id.kompeten.notification.OutgoingEmail.Attachment;
import id.kompeten.notification.OutgoingEmail.Detail;
import id.kompeten.notification.OutgoingEmail.Link;
import id.kompeten.notification.Recipient;
import id.kompeten.notification.Recipients;
import id.kompeten.process.CaseContext;
import id.kompeten.process.CaseProcess;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The emails of a case's training, sent through notification's {@link Emails}: the invitation, the updated
 * invite when HR moves the session and the cancellation when HR withdraws the participant (each with its calendar
 * invite, {@link TrainingInvite}), the reminder the day before, and HR's notice that an enrolment was refused.
 * Texts {@code mail.<KIND>.subject} and {@code .body}, with the arguments of every case email that are training's
 * to give: {0} case number, {1} participant, {2} course, {3} round.
 */
@Service
public class TrainingEmails {

    /** The training email steps of a case (the {@code emailKind} of the step in the BPMN). */
    public enum Kind {
        ENROLLMENT_PROBLEM,
        TRAINING_INVITATION,
        TRAINING_UPDATE,
        TRAINING_CANCELLED,
        TRAINING_REMINDER;

        public static Optional<Kind> of(String name) {
            return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
        }

        /** The iTIP method of the calendar invite the kind carries (REQUEST or CANCEL), or null. */
        String calendarMethod() {
            return switch (this) {
                case TRAINING_INVITATION, TRAINING_UPDATE -> "REQUEST";
                case TRAINING_CANCELLED -> "CANCEL";
                default -> null;
            };
        }
    }

    private final Emails emails;
    private final Recipients recipients;
    private final EmailTexts texts;
    private final Enrollments enrollments;
    private final MailSettings mail;
    private final Clock clock;

    TrainingEmails(Emails emails, Recipients recipients, EmailTexts texts, Enrollments enrollments,
                   MailSettings mail, Clock clock) {
        this.emails = emails;
        this.recipients = recipients;
        this.texts = texts;
        this.enrollments = enrollments;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Sends the step's emails about the case's latest enrolment.
     *
     * @param refusal why the enrolment was refused (ENROLLMENT_PROBLEM), else null
     */
    public void send(Kind kind, CaseContext context, String refusal) {
        Recipient participant = recipients.participant(context.employeeNip());
        Optional<Enrollment> enrollment = enrollments.latest(context.caseNumber());
        String reason = switch (kind) {
            case ENROLLMENT_PROBLEM -> refusal;
            case TRAINING_CANCELLED -> enrollment.map(Enrollment::getCancellationReason).orElse(null);
            default -> null;
        };
        for (Recipient to : recipientsOf(kind, participant, enrollment)) {
            emails.request(write(kind, context, participant, to, enrollment.orElse(null), reason));
        }
    }

    private List<Recipient> recipientsOf(Kind kind, Recipient participant, Optional<Enrollment> enrollment) {
        return switch (kind) {
            case ENROLLMENT_PROBLEM -> recipients.hrStaff();
            case TRAINING_INVITATION, TRAINING_UPDATE, TRAINING_CANCELLED -> List.of(participant);
            // only while the session is still ahead: a session entered the day it starts needs no reminder
            case TRAINING_REMINDER -> enrollment.filter(e -> e.getStatus() == EnrollmentStatus.ENROLLED
                    && e.getSession().getStartsAt().isAfter(clock.instant())).isPresent() ? List.of(participant) : List.of();
        };
    }

    private OutgoingEmail write(Kind kind, CaseContext context, Recipient participant, Recipient to,
                                Enrollment enrollment, String reason) {
        Locale locale = to.locale();
        Object[] args = {context.caseNumber(), participant.name(),
                enrollment == null ? "" : enrollment.getSession().getCourse().getTitle(), String.valueOf(context.round())};
        String body = texts.text("mail." + kind.name() + ".body", locale, args);
        List<Detail> details = new ArrayList<>();
        details.add(new Detail(texts.text("mail.detail.caseNumber", locale), context.caseNumber()));
        if (!to.username().equals(participant.username())) {
            details.add(new Detail(texts.text("mail.detail.employee", locale), participant.name()));
        }
        if (kind != Kind.ENROLLMENT_PROBLEM && enrollment != null) {
            details.addAll(sessionDetails(enrollment.getSession(), locale));
        }
        if (reason != null && !reason.isBlank()) {
            details.add(new Detail(texts.text("mail.detail.reason", locale), reason));
        }
        OutgoingEmail email = OutgoingEmail.ofCase(kind.name(), context.caseNumber(), context.round(), to,
                texts.text("mail." + kind.name() + ".subject", locale, args), body, details,
                kind == Kind.ENROLLMENT_PROBLEM ? Link.toTask(CaseProcess.TASK_SCHEDULE_TRAINING) : null);
        String method = kind.calendarMethod();
        if (method != null && enrollment != null && to.address() != null) {
            email = email.with(invite(enrollment, method, to, body));
        }
        return email;
    }

    private List<Detail> sessionDetails(TrainingSession session, Locale locale) {
        List<Detail> details = new ArrayList<>();
        details.add(new Detail(texts.text("mail.detail.course", locale), session.getCourse().getTitle()));
        details.add(new Detail(texts.text("mail.detail.when", locale),
                texts.period(session.getStartsAt(), session.getEndsAt(), locale)));
        if (session.getLocation() != null) {
            details.add(new Detail(texts.text("mail.detail.where", locale), session.getLocation()));
        }
        if (session.getOnlineLink() != null) {
            details.add(new Detail(texts.text("mail.detail.online", locale), session.getOnlineLink()));
        }
        return details;
    }

    /** The .ics of the enrolment, organised by the sender of Kompeten's email, described by the email's body. */
    private Attachment invite(Enrollment enrollment, String method, Recipient attendee, String description) {
        String calendar = TrainingInvite.build(enrollment, method, mail.messageIdDomain(), fromAddress(),
                attendee, enrollment.getSession().getCourse().getTitle(), description, clock.instant());
        return new Attachment(method.equals("CANCEL") ? "pembatalan.ics" : "undangan.ics",
                "text/calendar; charset=UTF-8; method=" + method, calendar.getBytes(StandardCharsets.UTF_8));
    }

    private String fromAddress() {
        try {
            return new InternetAddress(mail.from()).getAddress();
        } catch (AddressException e) {
            throw new IllegalStateException("kompeten.mail.from is not an address: " + mail.from(), e);
        }
    }
}
