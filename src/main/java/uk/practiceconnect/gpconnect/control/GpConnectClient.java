package uk.practiceconnect.gpconnect.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.hl7.fhir.dstu3.model.Appointment;
import org.hl7.fhir.dstu3.model.Bundle;
import org.hl7.fhir.dstu3.model.CapabilityStatement;
import org.hl7.fhir.dstu3.model.Organization;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.gpconnect.entity.GpConnectAppointment;
import uk.practiceconnect.gpconnect.entity.GpConnectPatient;
import uk.practiceconnect.gpconnect.entity.GpConnectSlot;
import uk.practiceconnect.gpconnect.entity.GpConnectTarget;
import uk.practiceconnect.gpconnect.entity.ProviderCapability;
import uk.practiceconnect.gpconnect.entity.ProviderOrganisation;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.entity.Text;
import uk.practiceconnect.platform.entity.UkTime;
import uk.practiceconnect.practice.entity.OdsCode;

/**
 * The GP Connect Appointment Management consumer (specification 1.2.7): each call goes to one
 * practice's provider ({@link GpConnectTarget}) with the Spine headers and access token the
 * interaction needs, over mutual TLS. Every failure is a {@link PartnerException}; a booking or
 * cancel whose answer never came says {@code outcomeUnknown()}. Nothing is retried here: a booking
 * must be tried once, and retries of reads belong to the caller's policy.
 */
@ApplicationScoped
public class GpConnectClient {

  private static final Logger LOG = Logger.getLogger(GpConnectClient.class.getName());

  private ConsumerIdentity us;
  private TransportSettings transport;
  private Clock clock;
  private volatile FhirExchange exchange;

  protected GpConnectClient() {}

  @Inject
  GpConnectClient(Config config, Clock clock) {
    this(ConsumerIdentity.from(config), TransportSettings.from(config), clock);
  }

  GpConnectClient(ConsumerIdentity us, TransportSettings transport, Clock clock) {
    this.us = us;
    this.transport = transport;
    this.clock = clock;
  }

  /** The provider's capability statement ({@code GET /metadata}). */
  public ProviderCapability capabilityStatement(GpConnectTarget target) {
    CapabilityStatement statement =
        exchange()
            .get(target, Interaction.READ_METADATA, "metadata", CapabilityStatement.class)
            .resource();
    return new ProviderCapability(
        statement.getVersion(),
        statement.getFhirVersion(),
        statement.getSoftware().getName(),
        statement.getSoftware().getVersion());
  }

  /** The organisation with this ODS code at the provider, e.g. the practice (connection test). */
  public Optional<ProviderOrganisation> findOrganisation(GpConnectTarget target, OdsCode ods) {
    String query =
        Query.of("Organization")
            .add("identifier", AccessToken.ODS_SYSTEM + "|" + ods.value())
            .toString();
    Bundle bundle =
        exchange().get(target, Interaction.SEARCH_ORGANISATION, query, Bundle.class).resource();
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(r -> r instanceof Organization)
        .map(r -> (Organization) r)
        .findFirst()
        .map(o -> new ProviderOrganisation(o.getIdElement().getIdPart(), ods.value(), o.getName()));
  }

  /** "Find a patient": empty when the provider has no patient with that NHS number. */
  public Optional<GpConnectPatient> findPatient(GpConnectTarget target, NhsNumber nhsNumber) {
    Bundle bundle =
        exchange()
            .get(
                target, Interaction.SEARCH_PATIENT, PatientResources.query(nhsNumber), Bundle.class)
            .resource();
    return PatientResources.read(bundle, nhsNumber);
  }

  /** Free slots that lie wholly between {@code from} and {@code to} (at most 14 days apart). */
  public List<GpConnectSlot> freeSlots(GpConnectTarget target, Instant from, Instant to) {
    String query = FreeSlots.query(from, to, us.organisation());
    return FreeSlots.read(
        exchange().get(target, Interaction.SEARCH_FREE_SLOTS, query, Bundle.class).resource());
  }

  /**
   * A slot picked earlier from a list, looked up again in a search of its UK day: empty when it is
   * no longer free. This is how booking gets a slot's details back from its id (see
   * docs/gp-connect-consumer.md: no per-instance cache, and a slot taken meanwhile is seen before
   * booking).
   */
  public Optional<GpConnectSlot> freeSlot(GpConnectTarget target, String slotId, Instant start) {
    ZonedDateTime day = start.atZone(UkTime.ZONE).toLocalDate().atStartOfDay(UkTime.ZONE);
    return freeSlots(target, day.toInstant(), day.plusDays(1).toInstant()).stream()
        .filter(s -> s.slotId().equals(slotId))
        .findFirst();
  }

  /**
   * Books the slot for the patient (found with {@link #findPatient}). Tried once: on {@code
   * SLOT_NOT_FREE} the slot was taken; with {@code outcomeUnknown()} read the patient's
   * appointments before trying again.
   */
  public GpConnectAppointment book(
      GpConnectTarget target,
      GpConnectSlot slot,
      GpConnectPatient patient,
      String description,
      String comment) {
    Appointment booking =
        AppointmentResources.booking(
            slot, patient, description, comment, us.organisation(), clock.instant());
    return AppointmentResources.read(
        exchange()
            .post(target, Interaction.CREATE_APPOINTMENT, "Appointment", booking, Appointment.class)
            .resource());
  }

  public GpConnectAppointment readAppointment(GpConnectTarget target, String appointmentId) {
    return AppointmentResources.read(readResource(target, appointmentId).resource());
  }

  /**
   * Cancels an appointment: reads it for its current version, then sends it back with status
   * cancelled and the reason, quoting that version in {@code If-Match}. Changed in between, it is
   * read and sent once more; a second change is {@code CHANGED_ELSEWHERE}.
   */
  public GpConnectAppointment cancel(GpConnectTarget target, String appointmentId, String reason) {
    Text.required(reason, "Enter why the appointment is cancelled");
    try {
      return cancelOnce(target, appointmentId, reason);
    } catch (PartnerException e) {
      if (e.outcome() != PartnerOutcome.CHANGED_ELSEWHERE) {
        throw e;
      }
      return cancelOnce(target, appointmentId, reason);
    }
  }

  private GpConnectAppointment cancelOnce(GpConnectTarget target, String id, String reason) {
    FhirExchange.Answer<Appointment> current = readResource(target, id);
    String version = AppointmentResources.version(current.resource(), current.etag());
    Appointment cancelled = AppointmentResources.cancelled(current.resource(), reason);
    return AppointmentResources.read(
        exchange()
            .put(
                target,
                Interaction.CANCEL_APPOINTMENT,
                "Appointment/" + Ids.checked(id),
                cancelled,
                version,
                Appointment.class)
            .resource());
  }

  /**
   * A patient's appointments starting on or between the two UK dates (cancelled ones included: see
   * {@link GpConnectAppointment#isCancelled()}). The provider refuses dates in the past.
   */
  public List<GpConnectAppointment> patientAppointments(
      GpConnectTarget target, GpConnectPatient patient, LocalDate from, LocalDate to) {
    String query =
        Query.of("Patient/" + Ids.checked(patient.logicalId()) + "/Appointment")
            .add("start", "ge" + from)
            .add("start", "le" + to)
            .toString();
    Bundle bundle =
        exchange()
            .get(target, Interaction.SEARCH_PATIENT_APPOINTMENTS, query, Bundle.class)
            .resource();
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(r -> r instanceof Appointment)
        .map(r -> AppointmentResources.read((Appointment) r))
        .toList();
  }

  private FhirExchange.Answer<Appointment> readResource(GpConnectTarget target, String id) {
    return exchange()
        .get(
            target,
            Interaction.READ_APPOINTMENT,
            "Appointment/" + Ids.checked(id),
            Appointment.class);
  }

  /**
   * Built on first use, so a broken key store is a clear failure of the call, not of deployment.
   */
  private FhirExchange exchange() {
    FhirExchange built = exchange;
    if (built == null) {
      synchronized (this) {
        if (exchange == null) {
          exchange = new FhirExchange(httpClient(), transport, us, clock);
        }
        built = exchange;
      }
    }
    return built;
  }

  private HttpClient httpClient() {
    try {
      return HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(transport.connectTimeout())
          .sslContext(TlsContexts.of(transport))
          .build();
    } catch (GeneralSecurityException | IOException e) {
      LOG.log(Level.WARNING, "GP Connect TLS set-up failed: {0}", e.getClass().getSimpleName());
      throw PartnerException.gpConnect(
          PartnerOutcome.CONSUMER_SET_UP,
          "the TLS key store or trust store (gpconnect.tls.*) cannot be read");
    }
  }
}
