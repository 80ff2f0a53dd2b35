package uk.practiceconnect.booking.entity;

import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;

/** A practice rule forbids this booking (422 BOOKING_NOT_ALLOWED), and which rule. */
public class BookingRefused extends DomainException {

  private final RuleBreach breach;

  public BookingRefused(RuleBreach breach) {
    super(ErrorCode.BOOKING_NOT_ALLOWED, breach.message());
    this.breach = breach;
  }

  public RuleBreach breach() {
    return breach;
  }
}
