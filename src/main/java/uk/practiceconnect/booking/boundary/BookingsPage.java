package uk.practiceconnect.booking.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import uk.practiceconnect.booking.control.Bookings;
import uk.practiceconnect.booking.entity.Booking;
import uk.practiceconnect.practice.boundary.CurrentPractice;

/**
 * The Bookings page: every online booking and cancellation, newest first, with who made it, when
 * and through which channel, so staff are never surprised by an online booking.
 */
@Named
@ViewScoped
public class BookingsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One line of the table (patients masked). */
  public record Row(
      Instant start,
      String slotType,
      String clinician,
      String patient,
      String channel,
      String bookedBy,
      Instant bookedAt,
      String status,
      Instant cancelledAt,
      String cancelledBy,
      String reference)
      implements Serializable {
    static Row of(Booking b) {
      return new Row(
          b.slotStart(),
          b.slotType(),
          b.clinician(),
          b.nhsNumber().masked(),
          b.channel().label(),
          b.actor(),
          b.createdAt(),
          switch (b.status()) {
            case PENDING -> "Waiting for EMIS";
            case CONFIRMED -> "Booked";
            case CANCELLED -> "Cancelled";
            case FAILED -> "Not booked";
          },
          b.cancelledAt(),
          b.cancelledBy(),
          b.bookingRef().substring(0, 8).toUpperCase(java.util.Locale.ROOT));
    }
  }

  @Inject transient Bookings bookings;
  @Inject CurrentPractice current;

  private List<Row> rows = List.of();

  public void load() {
    if (current.getId() != null) {
      rows = bookings.recent(current.getId(), 0, 500).stream().map(Row::of).toList();
    }
  }

  public List<Row> getRows() {
    return rows;
  }
}
