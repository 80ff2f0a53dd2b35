package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.practiceconnect.emis.control.PartnerApi;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.reminders.entity.LinkPurpose;
import uk.practiceconnect.reminders.entity.LinkToken;
import uk.practiceconnect.reminders.entity.LinkView;
import uk.practiceconnect.reminders.entity.LinkView.State;
import uk.practiceconnect.reminders.entity.Reminder;
import uk.practiceconnect.reminders.entity.ReminderLink;
import uk.practiceconnect.reminders.entity.ReminderRule;
import uk.practiceconnect.sms.control.SmsOutbox;
import uk.practiceconnect.sms.entity.SmsPurpose;

/**
 * The cancel link in a reminder: the date of birth first (five wrong ones lock the link), then the
 * appointment, cancelled in EMIS through the partner API up to the practice's cut-off, with a
 * confirmation text. Each step reads the link under a row lock, so two tabs cannot both count a
 * wrong date of birth as one, or cancel twice. (Stopping reminders: {@link OptOutLinks}.)
 */
@ApplicationScoped
public class PatientLinks {

  @PersistenceContext EntityManager em;
  @Inject PartnerApi emis;
  @Inject ReminderSettingsService settings;
  @Inject ReminderTexts texts;
  @Inject SmsOutbox outbox;
  @Inject Links links;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "reminders.link-max-attempts", defaultValue = "5")
  int maxAttempts;

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
  @Transactional
  public LinkView cancel(String rawToken, LocalDate dateOfBirth) {
    LinkView checked = verify(rawToken, dateOfBirth);
    if (checked.state() != State.VERIFIED) {
      return checked;
    }
    ReminderLink link = links.lockedLink(rawToken, LinkPurpose.CANCEL).orElseThrow();
    Reminder reminder = em.find(Reminder.class, link.reminderId());
    Practice practice = links.practice(link);
    try {
      emis.cancel(
          practice,
          reminder.appointmentId(),
          "Cancelled by the patient from a reminder text",
          uk.practiceconnect.emis.entity.AppointmentCancelled.Route.REMINDER_LINK);
    } catch (PartnerException e) {
      audit.record(
          Links.patient(link),
          practice.id(),
          practice.odsCode().value(),
          "PATIENT_CANCEL_FAILED",
          "appointment",
          "Appointment " + reminder.appointmentId() + ": EMIS answered " + e.outcomeLabel());
      return new LinkView(
          State.COULD_NOT_CANCEL,
          practice.name().value(),
          reminder.appointmentStart(),
          reminder.clinician(),
          checked.cancelBy(),
          0);
    }
    Instant now = clock.instant();
    link.used(now);
    em.createQuery(
            "select r from Reminder r where r.practiceId = :p and r.appointmentId = :a",
            Reminder.class)
        .setParameter("p", practice.id())
        .setParameter("a", reminder.appointmentId())
        .getResultList()
        .forEach(r -> r.cancelledByPatient(now));
    reminder
        .mobile()
        .ifPresent(
            mobile ->
                outbox.enqueue(
                    practice.id(),
                    mobile,
                    texts.cancellationConfirmation(
                        practice.name().value(), reminder.appointmentStart()),
                    SmsPurpose.CANCELLATION_CONFIRMATION,
                    "cancel-confirmation:" + practice.id() + ":" + reminder.appointmentId()));
    audit.record(
        Links.patient(link),
        practice.id(),
        practice.odsCode().value(),
        "APPOINTMENT_CANCELLED_BY_PATIENT",
        "appointment",
        "Appointment "
            + reminder.appointmentId()
            + " on "
            + ReminderTexts.date(reminder.appointmentStart())
            + " at "
            + ReminderTexts.time(reminder.appointmentStart())
            + ", from the reminder's link");
    return new LinkView(
        State.CANCELLED,
        practice.name().value(),
        reminder.appointmentStart(),
        reminder.clinician(),
        null,
        0);
  }

  private LinkView appointment(ReminderLink link, Instant now) {
    Reminder r = em.find(Reminder.class, link.reminderId());
    ReminderRule rule = settings.rule(link.practiceId());
    Instant cancelBy = rule.cutoff().lastChance(r.appointmentStart());
    return new LinkView(
        rule.cutoff().allows(now, r.appointmentStart()) ? State.VERIFIED : State.TOO_LATE,
        links.practiceName(link),
        r.appointmentStart(),
        r.clinician(),
        cancelBy,
        0);
  }
}
