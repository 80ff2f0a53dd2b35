package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.practiceconnect.booking.entity.Booking;
import uk.practiceconnect.booking.entity.BookingStatus;
import uk.practiceconnect.booking.entity.CancelChannel;
import uk.practiceconnect.booking.entity.EmisCheck;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.sms.control.SmsOutbox;
import uk.practiceconnect.sms.entity.SmsPurpose;

/**
 * How confirmed bookings end: cancelled through us (API, the confirmation's cancel link), or, as we
 * learn it, cancelled from a reminder's link or cancelled or moved by the practice in EMIS. Each
 * ending gives the slot claim back, so the slot is offered again and the patient's limit freed, and
 * is audited with who, when and how.
 */
@ApplicationScoped
public class BookingEnds {

  /** The confirmed future bookings of a practice span these starts. */
  public record Range(Instant first, Instant last) {}

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject SmsOutbox outbox;
  @Inject BookingEvents events;
  @Inject Clock clock;

  /**
   * The booking is cancelled (EMIS has done it); a patient who cancelled it themselves gets a text
   * saying so at {@code textTo}, in this same transaction.
   */
  @Transactional
  public Booking cancelled(
      Long bookingId,
      Caller caller,
      CancelChannel channel,
      Practice practice,
      Optional<MobileNumber> textTo) {
    Booking b = em.find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE);
    if (b.status() == BookingStatus.CONFIRMED) {
      b.cancel(caller.name(), channel, clock.instant());
      audit(caller, practice, "BOOKING_CANCELLED", b, channel.label());
      events.cancelled(b, channel);
      textTo.ifPresent(
          mobile ->
              outbox.enqueue(
                  practice.id(),
                  mobile,
                  BookingTexts.cancelled(practice.name().value(), b.slotStart()),
                  SmsPurpose.CANCELLATION_CONFIRMATION,
                  "booking-cancelled:" + b.bookingRef()));
    }
    return b;
  }

  /**
   * EMIS cancelled this appointment at someone else's request (a reminder's cancel link): the
   * online booking for it, if there is one, is cancelled too. In a transaction of its own: EMIS has
   * done it, whatever becomes of the caller's work.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Booking> cancelledElsewhere(
      Practice practice, String appointmentId, CancelChannel channel, String actor) {
    Optional<Booking> found =
        em.createNamedQuery(Booking.BY_APPOINTMENT, Booking.class)
            .setParameter("practice", practice.id())
            .setParameter("appointment", appointmentId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst();
    found.ifPresent(
        b -> {
          b.cancel(actor, channel, clock.instant());
          audit(
              Caller.patient(actor, practice.id()),
              practice,
              "BOOKING_CANCELLED",
              b,
              channel.label());
          events.cancelled(b, channel);
        });
    return found;
  }

  /**
   * The reconciliation found the booking's appointment no longer booked at its slot in a read of
   * EMIS that started at {@code readStarted}. A booking confirmed after that read began (or changed
   * since it was looked at) is left alone: the read may simply not have seen it.
   */
  @Transactional
  public Optional<Booking> goneFromSlot(
      Long bookingId, Instant readStarted, EmisCheck check, Practice practice) {
    Booking b = em.find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE);
    if (b == null
        || b.status() != BookingStatus.CONFIRMED
        || b.confirmedAt() == null
        || !b.confirmedAt().isBefore(readStarted)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    // nobody of ours did it: the audit trail names the reconciliation (it records the name only)
    Caller system = new Caller(CancelChannel.SYSTEM, Caller.Kind.API_KEY, practice.id(), false);
    if (check.moved()) {
      b.movedInEmis(check.movedTo(), CancelChannel.SYSTEM, now);
      audit(
          system,
          practice,
          "BOOKING_MOVED_IN_EMIS",
          b,
          "moved in the GP system to " + BookingTexts.WHEN.format(check.movedTo()));
      events.moved(b);
    } else {
      b.cancel(CancelChannel.SYSTEM, CancelChannel.EMIS, now);
      audit(system, practice, "BOOKING_CANCELLED", b, CancelChannel.EMIS.label());
      events.cancelled(b, CancelChannel.EMIS);
    }
    return Optional.of(b);
  }

  /**
   * Practices with confirmed future bookings, after {@code after} in id order, a page at a time.
   */
  public List<Long> practicesWithFutureBookings(Instant now, Long after, int max) {
    return em.createNamedQuery(Booking.PRACTICES_WITH_FUTURE, Long.class)
        .setParameter("now", now)
        .setParameter("after", after)
        .setMaxResults(max)
        .getResultList();
  }

  public Optional<Range> futureRange(Long practiceId, Instant now) {
    Object[] row =
        em.createNamedQuery(Booking.FUTURE_RANGE, Object[].class)
            .setParameter("practice", practiceId)
            .setParameter("now", now)
            .getSingleResult();
    return row[0] == null
        ? Optional.empty()
        : Optional.of(new Range((Instant) row[0], (Instant) row[1]));
  }

  /** Confirmed future bookings confirmed before {@code before}, after {@code after} by id. */
  public List<Booking> futureConfirmed(
      Long practiceId, Instant now, Instant before, Long after, int max) {
    return em.createNamedQuery(Booking.FUTURE_CONFIRMED, Booking.class)
        .setParameter("practice", practiceId)
        .setParameter("now", now)
        .setParameter("before", before)
        .setParameter("after", after)
        .setMaxResults(max)
        .getResultList();
  }

  private void audit(Caller caller, Practice practice, String action, Booking b, String how) {
    audit.record(
        caller,
        practice.id(),
        practice.odsCode().value(),
        action,
        "booking",
        Bookings.describe(b) + ": " + how);
  }
}
