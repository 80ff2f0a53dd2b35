package uk.practiceconnect.booking.boundary;

import java.io.Serializable;
import uk.practiceconnect.booking.entity.Booking;
import uk.practiceconnect.patient.entity.MobileNumber;

/** The confirmation page: what was booked, and where the text with the cancel link went. */
public final class BookedView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String reference;
  private final String day;
  private final String time;
  private final String slotType;
  private final String clinician;
  private final String textedTo;

  BookedView(Booking b, SlotChoices.Option chosen, String mobileOrNull) {
    this.reference = b.bookingRef().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    this.day = chosen.getDay();
    this.time = chosen.getTime();
    this.slotType = chosen.getSlotType();
    this.clinician = chosen.getClinician();
    this.textedTo = mobileOrNull == null ? null : new MobileNumber(mobileOrNull).masked();
  }

  public String getReference() {
    return reference;
  }

  public String getDay() {
    return day;
  }

  public String getTime() {
    return time;
  }

  public String getSlotType() {
    return slotType;
  }

  public String getClinician() {
    return clinician;
  }

  public String getTextedTo() {
    return textedTo;
  }
}
