package uk.practiceconnect.booking.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.practiceconnect.booking.entity.Booking;
import uk.practiceconnect.practice.control.Practices;

/**
 * Every half minute: settles bookings left PENDING past their time (a crash, or EMIS silent twice)
 * by reading EMIS, so no record is left half-done; and forgets identity failures too old to count.
 * Safe on several instances at once: settling takes the booking's row lock and re-checks it.
 */
@Singleton
public class Housekeeping {

  private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

  @Inject Bookings bookings;
  @Inject EmisBooking emis;
  @Inject Practices practices;
  @Inject IdentityThrottle throttle;
  @Inject BookingConfig config;
  @Inject Clock clock;

  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // EMIS is called: no transaction
  void run() {
    for (Booking stale :
        bookings.stalePending(clock.instant().minus(config.pendingTimeout()), 50)) {
      try {
        practices.byId(stale.practiceId()).ifPresent(p -> emis.resolveStale(stale, p));
      } catch (RuntimeException e) {
        LOG.log(
            Level.INFO,
            "Pending booking {0} not settled yet: {1}",
            new Object[] {stale.bookingRef(), e.getClass().getSimpleName()});
      }
    }
    try {
      throttle.forgetOld();
    } catch (RuntimeException e) {
      LOG.log(Level.INFO, "Old identity failures not removed: {0}", e.getClass().getSimpleName());
    }
  }
}
