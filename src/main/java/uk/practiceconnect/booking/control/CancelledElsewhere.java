package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.practiceconnect.booking.entity.CancelChannel;
import uk.practiceconnect.emis.entity.AppointmentCancelled;
import uk.practiceconnect.practice.control.Practices;

/**
 * Hears of every appointment cancelled through the partner API by another feature (above all the
 * cancel link in a reminder text) and cancels the online booking for it at once, so its slot is
 * offered again and the patient's limit freed. Cancels of our own record themselves. Never throws:
 * the cancel in EMIS has happened, and the reconciliation with EMIS catches anything missed here.
 */
@ApplicationScoped
public class CancelledElsewhere {

  private static final Logger LOG = Logger.getLogger(CancelledElsewhere.class.getName());

  @Inject BookingEnds ends;
  @Inject Practices practices;
  @Inject SlotCatalogue catalogue;

  void onCancelled(@Observes AppointmentCancelled event) {
    if (event.route() == AppointmentCancelled.Route.ONLINE_BOOKING) {
      return;
    }
    boolean reminder = event.route() == AppointmentCancelled.Route.REMINDER_LINK;
    try {
      practices
          .byId(event.practiceId())
          .flatMap(
              practice ->
                  ends.cancelledElsewhere(
                      practice,
                      event.appointmentId(),
                      reminder ? CancelChannel.REMINDER_LINK : CancelChannel.EMIS,
                      reminder ? CancelChannel.REMINDER_ACTOR : CancelChannel.SYSTEM))
          .ifPresent(b -> catalogue.invalidate(b.practiceId()));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Online booking for a cancelled appointment not updated yet: {0}",
          e.getClass().getName());
    }
  }
}
