package uk.practiceconnect.booking.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.practiceconnect.booking.control.Bookings;
import uk.practiceconnect.booking.control.EmisReconciliation;
import uk.practiceconnect.booking.entity.Booking;
import uk.practiceconnect.booking.entity.CancelChannel;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.UkTime;
import uk.practiceconnect.platform.web.FacesErrors;
import uk.practiceconnect.practice.boundary.CurrentPractice;

/**
 * The Bookings page: every online booking and cancellation, newest first, with who made it, when
 * and through which channel, and how it ended (cancelled through us, from a reminder's link, or
 * cancelled or moved in EMIS), so staff are never surprised by an online booking.
 */
@Named
@ViewScoped
public class BookingsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "bookingsForm";
  private static final DateTimeFormatter MOVED_TO =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(UkTime.ZONE);

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
          status(b),
          b.cancelledAt(),
          b.cancelledBy(),
          b.bookingRef().substring(0, 8).toUpperCase(Locale.ROOT));
    }

    /** "Booked", "Cancelled in EMIS", "Moved in EMIS to Tue 4 Jun 10:00", ... */
    static String status(Booking b) {
      return switch (b.status()) {
        case PENDING -> "Waiting for EMIS";
        case CONFIRMED -> "Booked";
        case FAILED -> "Not booked";
        case CANCELLED ->
            b.cancelChannel()
                .map(CancelChannel::label)
                .map(l -> Character.toUpperCase(l.charAt(0)) + l.substring(1))
                .orElse("Cancelled");
        case MOVED ->
            "Moved in EMIS" + b.movedTo().map(t -> " to " + MOVED_TO.format(t)).orElse("");
      };
    }
  }

  @Inject Bookings bookings;
  @Inject EmisReconciliation reconciliation;
  @Inject CurrentPractice current;

  private List<Row> rows = List.of();

  public void load() {
    if (current.getId() != null) {
      rows = bookings.recent(current.getId(), 0, 500).stream().map(Row::of).toList();
    }
  }

  /** "Check against EMIS now": the reconciliation for this practice, at once. */
  public void checkEmis() {
    try {
      var outcome = reconciliation.reconcile(current.forChange());
      if (outcome.read()) {
        FacesErrors.success(FORM, "Checked against EMIS: " + outcome.detail() + ".");
      } else {
        FacesErrors.warn(FORM, "Could not check against EMIS: " + outcome.detail() + ".");
      }
      load();
    } catch (DomainException e) {
      FacesErrors.show(e, FORM);
    }
  }

  public List<Row> getRows() {
    return rows;
  }
}
