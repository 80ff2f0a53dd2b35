package uk.practiceconnect.gpconnect.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hl7.fhir.dstu3.model.Appointment;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.CapabilityStatement;
import org.hl7.fhir.dstu3.model.Location;
import org.hl7.fhir.dstu3.model.OperationOutcome;
import org.hl7.fhir.dstu3.model.Organization;
import org.hl7.fhir.dstu3.model.Patient;
import org.hl7.fhir.dstu3.model.Practitioner;
import org.hl7.fhir.dstu3.model.Schedule;
import org.hl7.fhir.dstu3.model.Slot;

/**
 * Reads HAPI FHIR's model of the resources the consumer writes and reads once, in the background
 * just after start-up. HAPI reads a resource type's model the first time one is parsed or written
 * (a scan of its classes and their fields: hundreds of milliseconds on a busy server), so without
 * this the first bookings after every start (several at once, each scanning) were the slowest.
 * Start-up itself does not wait for it.
 */
@Startup
@Singleton
public class FhirWarmUp {

  private static final Logger LOG = Logger.getLogger(FhirWarmUp.class.getName());

  static final List<Class<? extends org.hl7.fhir.dstu3.model.Resource>> TYPES =
      List.of(
          Appointment.class,
          Bundle.class,
          CapabilityStatement.class,
          Location.class,
          OperationOutcome.class,
          Organization.class,
          Patient.class,
          Practitioner.class,
          Schedule.class,
          Slot.class);

  @Resource ManagedExecutorService background;

  @PostConstruct
  void start() {
    background.execute(FhirWarmUp::readModel);
  }

  /** Each type's model, then one small resource written and read back through the parser. */
  static void readModel() {
    try {
      long started = System.nanoTime();
      TYPES.forEach(FhirExchange.FHIR::getResourceDefinition);
      Appointment a = new Appointment();
      a.setStatus(Appointment.AppointmentStatus.BOOKED);
      String json = FhirExchange.FHIR.newJsonParser().encodeResourceToString(a);
      FhirExchange.FHIR.newJsonParser().parseResource(Appointment.class, json);
      LOG.fine(() -> "FHIR model read in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    } catch (RuntimeException e) {
      // only a head start: the first real call reads what is missing
      LOG.log(Level.WARNING, "Reading the FHIR model ahead of use failed", e);
    }
  }
}
