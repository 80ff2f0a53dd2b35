package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.reminders.entity.LinkPurpose;
import uk.practiceconnect.reminders.entity.LinkView;
import uk.practiceconnect.reminders.entity.LinkView.State;
import uk.practiceconnect.reminders.entity.OptOut;
import uk.practiceconnect.reminders.entity.Reminder;
import uk.practiceconnect.reminders.entity.ReminderLink;

/**
 * Stopping reminders from a text: the opt-out link (one button, no date of birth: the worst a
 * forwarded text can do is stop reminders) or the cancel page once the date of birth was right.
 */
@ApplicationScoped
public class OptOutLinks {

  @PersistenceContext EntityManager em;
  @Inject Links links;
  @Inject PatientLinks cancelLinks;
  @Inject OptOuts optOuts;
  @Inject AuditTrail audit;
  @Inject ReminderEvents events;
  @Inject Clock clock;

  /** The opt-out link: no more reminders from this practice. */
  @Transactional
  public LinkView optOut(String rawToken) {
    Optional<ReminderLink> found = links.lockedLink(rawToken, LinkPurpose.OPT_OUT);
    if (found.isEmpty()) {
      return LinkView.of(State.NOT_FOUND);
    }
    ReminderLink link = found.get();
    Optional<LinkView> closed = links.closedState(link, clock.instant());
    if (closed.isPresent()) {
      return closed.get();
    }
    link.used(clock.instant());
    return stopReminders(link, OptOut.Source.LINK);
  }

  /** The same from the cancel page, once the date of birth was right (the link stays usable). */
  @Transactional
  public LinkView optOutVerified(String rawToken, LocalDate dateOfBirth) {
    LinkView checked = cancelLinks.verify(rawToken, dateOfBirth);
    if (checked.state() != State.VERIFIED && checked.state() != State.TOO_LATE) {
      return checked;
    }
    return stopReminders(
        links.lockedLink(rawToken, LinkPurpose.CANCEL).orElseThrow(), OptOut.Source.CANCEL_PAGE);
  }

  private LinkView stopReminders(ReminderLink link, OptOut.Source source) {
    Reminder reminder = em.find(Reminder.class, link.reminderId());
    Practice practice = links.practice(link);
    // by NHS number and by the phone the text went to: a patient EMIS has no NHS number for is
    // honoured as well (the reminder went to a mobile, so there is always one key)
    boolean added =
        optOuts.add(practice.id(), reminder.patient(), reminder.mobile(), source, clock.instant());
    if (added) {
      audit.record(
          Links.patient(link),
          practice.id(),
          practice.odsCode().value(),
          "PATIENT_OPTED_OUT",
          "reminders",
          (reminder.nhsMasked() == null
                  ? "A patient without an NHS number in EMIS (mobile "
                      + reminder.mobile().map(m -> m.masked()).orElse("unknown")
                      + ")"
                  : "Patient " + reminder.nhsMasked())
              + " stopped reminders ("
              + (source == OptOut.Source.LINK ? "opt-out link" : "cancel page")
              + ")");
      events.optedOut(reminder, source, clock.instant());
    }
    return LinkView.of(State.OPTED_OUT, practice.name().value());
  }
}
