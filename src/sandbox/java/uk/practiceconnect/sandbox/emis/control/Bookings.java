package uk.practiceconnect.sandbox.emis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import uk.practiceconnect.sandbox.emis.entity.Appointment;
import uk.practiceconnect.sandbox.emis.entity.AppointmentStatus;
import uk.practiceconnect.sandbox.emis.entity.BookViews.AppointmentView;
import uk.practiceconnect.sandbox.emis.entity.NhsNumber;
import uk.practiceconnect.sandbox.emis.entity.Outcome;
import uk.practiceconnect.sandbox.emis.entity.Patient;
import uk.practiceconnect.sandbox.emis.entity.SandboxFailure;
import uk.practiceconnect.sandbox.emis.entity.Slot;
import uk.practiceconnect.sandbox.emis.entity.SlotStatus;

/**
 * Booking, cancelling and moving appointments. A slot is taken with a conditional update ({@code
 * ... where status = 'FREE'}) whose row count decides who got it: the database serialises
 * concurrent bookings of one slot (row lock, condition re-checked) on H2 and PostgreSQL alike, so a
 * slot is never booked twice.
 */
@ApplicationScoped
public class Bookings {

  /** Who is acting: the partner may not touch appointments that have started; staff may. */
  public enum Actor {
    PARTNER,
    STAFF
  }

  @PersistenceContext EntityManager em;
  @Inject Patients patients;
  @Inject Clock clock;

  @Transactional
  public AppointmentView book(
      Long org, String slotId, NhsNumber nhsNumber, String reason, Actor actor) {
    checkReason(reason);
    Slot slot = requireSlot(org, slotId);
    Instant now = clock.instant();
    if (actor == Actor.PARTNER && slot.hasStartedBy(now)) {
      throw Outcome.APPOINTMENT_IN_PAST.failure("The slot has already started");
    }
    Patient patient = patients.require(org, nhsNumber);
    if (!take(slot.id())) {
      throw Outcome.SLOT_NOT_FREE.failure("The slot is no longer free");
    }
    Appointment appointment = new Appointment(slot, patient, blankToNull(reason), now);
    em.persist(appointment);
    em.flush();
    return AppointmentView.of(appointment);
  }

  /** Cancels the appointment and frees its slot; cancelling it again changes nothing. */
  @Transactional
  public AppointmentView cancel(Long org, String appointmentId, String reason, Actor actor) {
    checkReason(reason);
    Appointment appointment = requireAppointment(org, appointmentId);
    if (appointment.status() == AppointmentStatus.CANCELLED) {
      return AppointmentView.of(appointment);
    }
    if (actor == Actor.PARTNER && appointment.slot().hasStartedBy(clock.instant())) {
      throw Outcome.APPOINTMENT_IN_PAST.failure("The appointment has already started");
    }
    int cancelled =
        em.createQuery(
                "update SbxEmisAppointment a set a.status = :cancelled, a.cancelledAt = :now,"
                    + " a.cancelReason = :reason where a.id = :id and a.status = :booked")
            .setParameter("cancelled", AppointmentStatus.CANCELLED)
            .setParameter("now", clock.instant())
            .setParameter("reason", blankToNull(reason))
            .setParameter("id", appointment.id())
            .setParameter("booked", AppointmentStatus.BOOKED)
            .executeUpdate();
    if (cancelled == 1) {
      // the slot read after the row lock, in case staff moved the appointment meanwhile
      em.createQuery(
              "update SbxEmisSlot s set s.status = :free where s.status = :booked and s.id ="
                  + " (select a.slot.id from SbxEmisAppointment a where a.id = :id)")
          .setParameter("free", SlotStatus.FREE)
          .setParameter("booked", SlotStatus.BOOKED)
          .setParameter("id", appointment.id())
          .executeUpdate();
    }
    em.refresh(appointment);
    return AppointmentView.of(appointment);
  }

  /** Staff move a booked appointment to another free slot; it keeps its id. */
  @Transactional
  public AppointmentView move(Long org, String appointmentId, String slotId) {
    Appointment appointment = requireAppointment(org, appointmentId);
    if (appointment.status() != AppointmentStatus.BOOKED) {
      throw SandboxFailure.badRequest("A cancelled appointment cannot be moved");
    }
    Slot target = requireSlot(org, slotId);
    Long from = appointment.slot().id();
    if (target.id().equals(from)) {
      return AppointmentView.of(appointment);
    }
    if (!take(target.id())) {
      throw Outcome.SLOT_NOT_FREE.failure("The slot to move to is not free");
    }
    int moved =
        em.createQuery(
                "update SbxEmisAppointment a set a.slot = :target where a.id = :id"
                    + " and a.status = :booked and a.slot.id = :from")
            .setParameter("target", target)
            .setParameter("id", appointment.id())
            .setParameter("booked", AppointmentStatus.BOOKED)
            .setParameter("from", from)
            .executeUpdate();
    if (moved != 1) {
      throw Outcome.SLOT_NOT_FREE.failure("The appointment changed meanwhile; try again");
    }
    setStatus(from, SlotStatus.BOOKED, SlotStatus.FREE);
    em.refresh(appointment);
    return AppointmentView.of(appointment);
  }

  /** Staff cancel whatever is booked in a slot. */
  @Transactional
  public AppointmentView cancelSlot(Long org, String slotId) {
    Slot slot = requireSlot(org, slotId);
    Long appointmentId =
        em.createQuery(
                "select a.id from SbxEmisAppointment a where a.slot.id = :slot"
                    + " and a.status = :booked",
                Long.class)
            .setParameter("slot", slot.id())
            .setParameter("booked", AppointmentStatus.BOOKED)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> SandboxFailure.notFound("Nothing is booked in slot " + slotId));
    return cancel(org, String.valueOf(appointmentId), "Cancelled by the practice", Actor.STAFF);
  }

  private boolean take(Long slotId) {
    return setStatus(slotId, SlotStatus.FREE, SlotStatus.BOOKED);
  }

  private boolean setStatus(Long slotId, SlotStatus from, SlotStatus to) {
    return em.createQuery(
                "update SbxEmisSlot s set s.status = :to where s.id = :id and s.status = :from")
            .setParameter("to", to)
            .setParameter("id", slotId)
            .setParameter("from", from)
            .executeUpdate()
        == 1;
  }

  Slot requireSlot(Long org, String slotId) {
    return Ids.parse(slotId)
        .map(id -> em.find(Slot.class, id))
        .filter(s -> s.organisationId().equals(org))
        .orElseThrow(() -> SandboxFailure.notFound("No slot " + slotId));
  }

  private Appointment requireAppointment(Long org, String appointmentId) {
    return Ids.parse(appointmentId)
        .map(id -> em.find(Appointment.class, id))
        .filter(a -> a.organisationId().equals(org))
        .orElseThrow(() -> SandboxFailure.notFound("No appointment " + appointmentId));
  }

  private static void checkReason(String reason) {
    if (reason != null && reason.length() > 200) {
      throw SandboxFailure.badRequest("reason must be at most 200 characters");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
