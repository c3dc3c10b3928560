package id.kompeten.training;

import id.kompeten.notification.Recipient;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.time.Instant;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The calendar invite of an enrolment (RFC 5545/5546, built with ical4j): one UID per enrolment, SEQUENCE
 * raised on every change, METHOD:CANCEL with STATUS:CANCELLED when the participant is withdrawn.
 */
final class TrainingInvite {

    private TrainingInvite() {}

    static String uidOf(Enrollment enrollment, String domain) {
        return "enrollment-" + enrollment.getId() + "@" + domain;
    }

    static String build(Enrollment enrollment, String method, String domain, String organizer, Recipient attendee,
                        String summary, String description, Instant now) {
        TrainingSession session = enrollment.getSession();
        VEvent event = new VEvent(session.getStartsAt(), session.getEndsAt(), summary);
        event.add(new Uid(uidOf(enrollment, domain)));
        event.add(new Sequence(enrollment.getInviteSequence()));
        event.replace(new DtStamp(now));
        event.add(new Description(description));
        if (session.getLocation() != null) {
            event.add(new Location(session.getLocation()));
        }
        if (session.getOnlineLink() != null) {
            event.add(new Url(URI.create(session.getOnlineLink())));
        }
        event.add(new Organizer(mailto(organizer)));
        Attendee who = new Attendee(mailto(attendee.address()));
        who.add(Role.REQ_PARTICIPANT);
        who.add(new Cn(attendee.name()));
        if (!"CANCEL".equals(method)) {
            who.add(PartStat.NEEDS_ACTION);
            who.add(Rsvp.FALSE);
        }
        event.add(who);
        event.add("CANCEL".equals(method) ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);

        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Kompeten//Pengembangan Kompetensi ASN//ID"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add("CANCEL".equals(method) ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(event);
        return calendar.toString();
    }

    private static URI mailto(String address) {
        try {
            return URI.create("mailto:" + new InternetAddress(address).getAddress());
        } catch (AddressException e) {
            throw new IllegalArgumentException("not an email address: " + address, e);
        }
    }
}
