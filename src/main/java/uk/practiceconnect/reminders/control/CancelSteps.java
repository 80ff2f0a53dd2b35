package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.reminders.entity.LinkPurpose;
import uk.practiceconnect.reminders.entity.LinkView;
import uk.practiceconnect.reminders.entity.LinkView.State;
import uk.practiceconnect.reminders.entity.Reminder;
import uk.practiceconnect.reminders.entity.ReminderLink;
import uk.practiceconnect.reminders.entity.ReminderReason;
import uk.practiceconnect.reminders.entity.ReminderStatus;
import uk.practiceconnect.sms.control.SmsOutbox;
import uk.practiceconnect.sms.entity.SmsPurpose;

/**
 * The database steps of cancelling from a reminder's link, each committed on its own around the
 * call to EMIS ({@link PatientLinks#cancel}): the request is recorded first, then EMIS is asked,
 * then the cancellation is completed here (reminders stopped, texts still waiting withdrawn, a
 * confirmation text, the audit trail). Completing twice is completing once.
 */
@ApplicationScoped
public class CancelSteps {

  /** The patient's request, recorded: or the page to show instead. */
  public record Begun(LinkView view, Long linkId, Links.Appointment appointment) {}

  @PersistenceContext EntityManager em;
  @Inject PatientLinks patientLinks;
  @Inject Links links;
  @Inject ReminderTexts texts;
  @Inject SmsOutbox outbox;
  @Inject TextWithdrawal withdrawal;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * Checks the date of birth and the cut-off, and records the request. A request recorded before
   * (EMIS may have cancelled it; we may not have heard) goes on even after the cut-off.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Begun begin(String rawToken, LocalDate dateOfBirth) {
    LinkView checked = patientLinks.verify(rawToken, dateOfBirth);
    boolean retry = false;
    if (checked.state() == State.TOO_LATE) {
      retry =
          links
              .lockedLink(rawToken, LinkPurpose.CANCEL)
              .flatMap(ReminderLink::cancelRequestedAt)
              .isPresent();
    }
    if (checked.state() != State.VERIFIED && !retry) {
      return new Begun(checked, null, null);
    }
    ReminderLink link = links.lockedLink(rawToken, LinkPurpose.CANCEL).orElseThrow();
    link.cancelRequested(clock.instant());
    return new Begun(checked, link.id(), links.appointment(link));
  }

  /** EMIS no longer has the appointment booked: the patient's cancellation, completed. */
  @Transactional(TxType.REQUIRES_NEW)
  public LinkView complete(long linkId) {
    ReminderLink link = links.lockedLink(linkId);
    Links.Appointment appointment = links.appointment(link);
    Practice practice = links.practice(link);
    LinkView done =
        new LinkView(
            State.CANCELLED,
            practice.name().value(),
            appointment.start(),
            appointment.clinician(),
            null,
            0);
    if (link.isUsed()) {
      return done; // completed before (a retry, or the sweep)
    }
    Instant now = clock.instant();
    link.used(now);
    Reminder own = em.find(Reminder.class, link.reminderId());
    for (Reminder r : remindersOf(practice.id(), appointment.appointmentId())) {
      withdrawal.withdraw(r, ReminderStatus.CANCELLED, ReminderReason.CANCELLED_BY_PATIENT, now);
      r.cancelledByPatient(now);
    }
    own.mobile()
        .ifPresent(
            mobile ->
                outbox.enqueue(
                    practice.id(),
                    mobile,
                    texts.cancellationConfirmation(practice.name().value(), appointment.start()),
                    SmsPurpose.CANCELLATION_CONFIRMATION,
                    "cancel-confirmation:" + practice.id() + ":" + appointment.appointmentId()));
    audit.record(
        Links.patient(link),
        practice.id(),
        practice.odsCode().value(),
        "APPOINTMENT_CANCELLED_BY_PATIENT",
        "appointment",
        "Appointment "
            + appointment.appointmentId()
            + " on "
            + ReminderTexts.date(appointment.start())
            + " at "
            + ReminderTexts.time(appointment.start())
            + ", from the reminder's link");
    return done;
  }

  /**
   * EMIS did not cancel it: said so in the audit trail. {@code notDone}: EMIS still has it booked,
   * so the request is dropped; otherwise it stays recorded for {@link #pending} to settle.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public LinkView failed(long linkId, String emisAnswer, boolean notDone) {
    ReminderLink link = links.lockedLink(linkId);
    Links.Appointment appointment = links.appointment(link);
    Practice practice = links.practice(link);
    if (notDone && !link.isUsed()) {
      link.cancelNotDone();
    }
    audit.record(
        Links.patient(link),
        practice.id(),
        practice.odsCode().value(),
        "PATIENT_CANCEL_FAILED",
        "appointment",
        "Appointment "
            + appointment.appointmentId()
            + ": EMIS answered "
            + emisAnswer
            + (notDone ? "" : "; whether it was cancelled will be checked again"));
    return new LinkView(
        State.COULD_NOT_CANCEL,
        practice.name().value(),
        appointment.start(),
        appointment.clinician(),
        patientLinks.cancelBy(link.practiceId(), appointment.start()),
        0);
  }

  /** Requests recorded before {@code before} and not completed: the sweep settles them. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<Long> pending(Instant before, int max) {
    return em.createQuery(
            "select l.id from ReminderLink l where l.cancelRequestedAt < :before"
                + " and l.usedAt is null order by l.cancelRequestedAt",
            Long.class)
        .setParameter("before", before)
        .setMaxResults(max)
        .getResultList();
  }

  /** The appointment of a link (for the sweep, outside any transaction of its own). */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Links.Appointment> appointmentOf(long linkId) {
    return Optional.ofNullable(em.find(ReminderLink.class, linkId)).map(links::appointment);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public Practice practice(Long practiceId) {
    return em.find(Practice.class, practiceId);
  }

  private List<Reminder> remindersOf(Long practiceId, String appointmentId) {
    return em.createQuery(
            "select r from Reminder r where r.practiceId = :p and r.appointmentId = :a",
            Reminder.class)
        .setParameter("p", practiceId)
        .setParameter("a", appointmentId)
        .getResultList();
  }
}
