package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.emis.entity.AppointmentCancelled;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.practice.entity.PracticeContact;
import uk.practiceconnect.reminders.entity.LinkPurpose;
import uk.practiceconnect.reminders.entity.LinkToken;
import uk.practiceconnect.reminders.entity.LinkView;
import uk.practiceconnect.reminders.entity.LinkView.State;
import uk.practiceconnect.reminders.entity.ReminderLink;
import uk.practiceconnect.reminders.entity.ReminderRule;

/**
 * The cancel link in a reminder: the date of birth first (five wrong ones lock the link), then the
 * appointment as it is now (if it moved since the text, its new time), cancelled in EMIS through
 * the partner API up to the practice's cut-off, with a confirmation text. Each step reads the link
 * under a row lock, so two tabs cannot both count a wrong date of birth as one, or cancel twice.
 *
 * <p>Cancelling is three steps, so EMIS and our records cannot disagree for long: the request is
 * recorded (committed), EMIS is asked, the cancellation is completed ({@link CancelSteps}). When
 * EMIS does not answer or refuses, its book is read: an appointment no longer booked there was
 * cancelled (perhaps by an earlier try whose answer was lost) and is completed here too. A request
 * left unsettled (a crash between the steps) is settled by {@link #settlePending}. (Stopping
 * reminders: {@link OptOutLinks}.)
 */
@ApplicationScoped
public class PatientLinks {

  private static final Logger LOG = Logger.getLogger(PatientLinks.class.getName());

  /** A request older than this is no longer being worked on by the request that made it. */
  static final Duration SETTLE_AFTER = Duration.ofMinutes(5);

  /** EMIS's book is read this far around the appointment to see whether it is still booked. */
  static final Duration BOOK_MARGIN = Duration.ofDays(8);

  @Inject EmisReads emis;
  @Inject ReminderSettingsService settings;
  @Inject CancelSteps steps;
  @Inject Links links;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "reminders.link-max-attempts", defaultValue = "5")
  int maxAttempts;

  /** How to reach the practice a link belongs to (for the page's footer), if it is one of ours. */
  public Optional<PracticeContact> contact(String rawToken, LinkPurpose purpose) {
    return links.find(rawToken, purpose).map(l -> PracticeContact.of(links.practice(l)));
  }

  /** The first look at a link: only whether it works, and whose it is. */
  public LinkView open(String rawToken, LinkPurpose purpose) {
    Optional<ReminderLink> link = links.find(rawToken, purpose);
    if (link.isEmpty()) {
      return LinkView.of(State.NOT_FOUND);
    }
    return links
        .closedState(link.get(), clock.instant())
        .orElse(LinkView.of(State.ASK_DATE_OF_BIRTH, links.practiceName(link.get())));
  }

  @Transactional
  public LinkView verify(String rawToken, LocalDate dateOfBirth) {
    Optional<ReminderLink> found = links.lockedLink(rawToken, LinkPurpose.CANCEL);
    if (found.isEmpty()) {
      return LinkView.of(State.NOT_FOUND);
    }
    ReminderLink link = found.get();
    Instant now = clock.instant();
    Optional<LinkView> closed = links.closedState(link, now);
    if (closed.isPresent()) {
      return closed.get();
    }
    LinkToken token = LinkToken.parse(rawToken).orElseThrow();
    return switch (link.checkDateOfBirth(token, dateOfBirth, maxAttempts, now)) {
      case RIGHT -> appointment(link, now);
      case WRONG ->
          new LinkView(
              State.WRONG_DATE_OF_BIRTH,
              links.practiceName(link),
              null,
              null,
              null,
              maxAttempts - link.failedAttempts());
      case LOCKED -> {
        audit.record(
            Links.patient(link),
            link.practiceId(),
            links.practice(link).odsCode().value(),
            "REMINDER_LINK_LOCKED",
            "dateOfBirth",
            maxAttempts
                + " wrong dates of birth on the cancel link of reminder "
                + link.reminderId());
        yield LinkView.of(State.LOCKED, links.practiceName(link));
      }
    };
  }

  /** Cancels the appointment in EMIS, if the date of birth is right and the cut-off not passed. */
  public LinkView cancel(String rawToken, LocalDate dateOfBirth) {
    CancelSteps.Begun begun = steps.begin(rawToken, dateOfBirth);
    if (begun.linkId() == null) {
      return begun.view();
    }
    Links.Appointment a = begun.appointment();
    Practice practice = steps.practice(a.practiceId());
    PartnerException failure;
    try {
      emis.cancel(
          practice,
          a.appointmentId(),
          "Cancelled by the patient from a reminder text",
          AppointmentCancelled.Route.REMINDER_LINK);
      return steps.complete(begun.linkId());
    } catch (PartnerException e) {
      failure = e;
    }
    // refused or no answer: EMIS may have cancelled it all the same (an answer lost, an earlier
    // try of this link, the practice): its book says what is true now
    Optional<Boolean> booked = stillBooked(practice, a);
    if (booked.isPresent() && !booked.get()) {
      return steps.complete(begun.linkId());
    }
    return steps.failed(begun.linkId(), failure.outcomeLabel(), booked.isPresent());
  }

  /**
   * Settles requests whose request died between the steps (a crash, a failed commit): an
   * appointment EMIS no longer has booked is completed (log, confirmation text); one still booked
   * was not cancelled, and the request is dropped. Returns how many were settled.
   */
  public int settlePending() {
    int settled = 0;
    for (Long id : steps.pending(clock.instant().minus(SETTLE_AFTER), 20)) {
      try {
        Optional<Links.Appointment> a = steps.appointmentOf(id);
        if (a.isEmpty()) {
          continue;
        }
        Practice practice = steps.practice(a.get().practiceId());
        Optional<Boolean> booked = stillBooked(practice, a.get());
        if (booked.isEmpty()) {
          continue; // EMIS not answering: next time
        }
        if (booked.get()) {
          steps.failed(id, "the appointment still booked", true);
        } else {
          steps.complete(id);
        }
        settled++;
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Settling the cancel request of link {0} failed: {1}",
            new Object[] {id, e.getClass().getName()});
      }
    }
    return settled;
  }

  /** Whether EMIS still has the appointment booked; empty when EMIS did not answer. */
  Optional<Boolean> stillBooked(Practice practice, Links.Appointment a) {
    Instant now = clock.instant();
    Instant from = (a.start().isBefore(now) ? a.start() : now).minus(Duration.ofDays(1));
    try {
      return Optional.of(
          emis.bookedAppointments(practice, from, a.start().plus(BOOK_MARGIN)).stream()
              .anyMatch(x -> x.appointmentId().equals(a.appointmentId())));
    } catch (PartnerException e) {
      return Optional.empty();
    }
  }

  /** The last moment the practice lets patients cancel an appointment starting at {@code start}. */
  Instant cancelBy(Long practiceId, Instant start) {
    return settings.rule(practiceId).cutoff().lastChance(start);
  }

  private LinkView appointment(ReminderLink link, Instant now) {
    Links.Appointment a = links.appointment(link);
    ReminderRule rule = settings.rule(link.practiceId());
    return new LinkView(
        rule.cutoff().allows(now, a.start()) ? State.VERIFIED : State.TOO_LATE,
        links.practiceName(link),
        a.start(),
        a.clinician(),
        rule.cutoff().lastChance(a.start()),
        0);
  }
}
