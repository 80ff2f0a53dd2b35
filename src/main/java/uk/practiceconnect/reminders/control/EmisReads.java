package uk.practiceconnect.reminders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import uk.practiceconnect.emis.control.IntegrationStatus;
import uk.practiceconnect.emis.control.PartnerApi;
import uk.practiceconnect.emis.entity.AppointmentCancelled;
import uk.practiceconnect.emis.entity.EmisAppointment;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Planning's calls into the emis component, each inside a transaction of its own. They read the
 * database through the container's entity manager; outside a transaction that is one shared,
 * non-transactional entity manager, which planning's parallel threads (container threads that share
 * one context) would use at the same time. Inside a transaction each thread has its own.
 */
@ApplicationScoped
public class EmisReads {

  @Inject PartnerApi emis;
  @Inject IntegrationStatus integration;

  @Transactional(TxType.REQUIRES_NEW)
  public boolean isHealthy(Long practiceId) {
    return integration.isHealthy(practiceId);
  }

  /**
   * Cancels an appointment in EMIS (idempotent there; retried on transient failures); the route
   * tells other components, such as booking, how it was cancelled.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void cancel(
      Practice practice, String appointmentId, String reason, AppointmentCancelled.Route route) {
    emis.cancel(practice, appointmentId, reason, route);
  }

  /** Booked appointments from EMIS (the transaction only hosts the client's own reads). */
  @Transactional(TxType.REQUIRES_NEW)
  public List<EmisAppointment> bookedAppointments(Practice practice, Instant from, Instant to) {
    return emis.bookedAppointments(practice, from, to);
  }
}
