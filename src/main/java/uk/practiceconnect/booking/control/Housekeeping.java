package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.practiceconnect.booking.entity.Booking;
import uk.practiceconnect.practice.control.Practices;

/**
 * Every half minute ({@link BookingJobs}): settles bookings left PENDING past their time (a crash,
 * or EMIS silent twice) by reading EMIS, so no record is left half-done. Safe on several instances
 * at once: settling takes the booking's row lock and re-checks it.
 */
@ApplicationScoped
public class Housekeeping {

  private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

  @Inject Bookings bookings;
  @Inject EmisBooking emis;
  @Inject Practices practices;
  @Inject BookingConfig config;
  @Inject Clock clock;

  /** Outside any transaction: EMIS is called. */
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
  }
}
