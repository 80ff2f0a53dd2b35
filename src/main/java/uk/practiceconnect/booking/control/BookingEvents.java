package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import uk.practiceconnect.booking.entity.Booking;
import uk.practiceconnect.booking.entity.CancelChannel;
import uk.practiceconnect.webhooks.control.WebhookOutbox;
import uk.practiceconnect.webhooks.entity.EventData;
import uk.practiceconnect.webhooks.entity.EventType;

/**
 * The webhook events of a booking's life, recorded in the transaction that changes it. They carry
 * what the bookings API shows a key of the practice (the NHS number masked), never a name or a
 * phone number.
 */
@ApplicationScoped
public class BookingEvents {

  @Inject WebhookOutbox outbox;

  @Transactional(TxType.MANDATORY)
  public void confirmed(Booking b) {
    outbox.record(b.practiceId(), EventType.BOOKING_CONFIRMED, data(b));
  }

  @Transactional(TxType.MANDATORY)
  public void cancelled(Booking b, CancelChannel channel) {
    outbox.record(
        b.practiceId(),
        EventType.BOOKING_CANCELLED,
        data(b).put("channel", channel.name()).put("cancelledAt", b.cancelledAt()));
  }

  @Transactional(TxType.MANDATORY)
  public void moved(Booking b) {
    outbox.record(
        b.practiceId(), EventType.BOOKING_MOVED, data(b).put("movedTo", b.movedTo().orElse(null)));
  }

  static EventData data(Booking b) {
    return EventData.with()
        .put("bookingId", b.bookingRef())
        .put("status", b.status().name())
        .put("bookedVia", b.channel().name())
        .put("emisAppointmentId", b.appointmentId().orElse(null))
        .put("slotStart", b.slotStart())
        .put("slotEnd", b.slotEnd())
        .put("slotType", b.slotType())
        .put("nhsNumber", b.nhsNumber().masked());
  }
}
