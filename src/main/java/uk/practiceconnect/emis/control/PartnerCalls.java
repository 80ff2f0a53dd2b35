package uk.practiceconnect.emis.control;

import static uk.practiceconnect.platform.entity.JsonP.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.practiceconnect.emis.entity.EmisAppointment;
import uk.practiceconnect.emis.entity.EmisPatient;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.patient.entity.NhsNumber;

/**
 * The partner API's operations, typed, for one session token. Each goes through the {@link
 * PartnerAttempts} method that fits how it may be repeated (reads and cancels are retried after
 * transient failures by MicroProfile Fault Tolerance; a booking is tried once). Sessions and the
 * circuit breaker are the callers' business ({@link PartnerSessions}, {@link PartnerApi}).
 */
@ApplicationScoped
public class PartnerCalls {

  /** What a logon gave: the token and how long EMIS keeps an idle session. */
  public record Logon(String token, Duration idleTimeout) {
    @Override
    public String toString() {
      return "Logon[token hidden, idle " + idleTimeout + "]";
    }
  }

  @Inject @RestClient PartnerClient client;
  @Inject PartnerAttempts attempts;

  @Inject
  @ConfigProperty(name = "emis.partner.application-id", defaultValue = "practice-connect")
  String applicationId;

  /**
   * Logs on. The password is copied into the request body only here, and the caller's array is
   * wiped whatever happens.
   */
  public Logon logon(String organisationId, String username, char[] password) {
    String body;
    try {
      body =
          JSON.createObjectBuilder()
              .add("organisationId", organisationId)
              .add("username", username)
              .add("password", new String(password))
              .add("applicationId", applicationId)
              .build()
              .toString();
    } finally {
      Arrays.fill(password, '\0');
    }
    JsonObject json = read(() -> client.logon(body));
    return new Logon(
        PartnerReplies.sessionToken(json),
        Duration.ofSeconds(PartnerReplies.idleTimeoutSeconds(json)));
  }

  /** Ends a session, tried once: failures do not matter (EMIS expires idle sessions anyway). */
  public void logout(String token) {
    try {
      attempts.oneShotChange(() -> client.logout(token));
    } catch (RuntimeException ignored) {
      // nothing to do: the session times out on its own
    }
  }

  public List<String> slotTypes(String token, LocalDate from, LocalDate to) {
    return PartnerReplies.slotTypes(
        read(() -> client.appointmentSessions(token, from.toString(), to.toString())));
  }

  public List<EmisSlot> slots(
      String token, Instant from, Instant to, String slotType, boolean freeOnly) {
    return PartnerReplies.slots(
        read(
            () ->
                client.slots(
                    token, from.toString(), to.toString(), slotType, freeOnly ? "FREE" : null)));
  }

  public List<EmisAppointment> bookedAppointments(String token, Instant from, Instant to) {
    return PartnerReplies.appointments(
        read(() -> client.bookedAppointments(token, from.toString(), to.toString())));
  }

  public List<EmisAppointment> patientAppointments(String token, NhsNumber nhs, Instant from) {
    return PartnerReplies.appointments(
        read(() -> client.patientAppointments(token, nhs.value(), from.toString())));
  }

  /** The patient, or empty when EMIS matches nobody (outcome 14). */
  public Optional<EmisPatient> matchPatient(
      String token, NhsNumber nhs, LocalDate dateOfBirth, String surname) {
    String body =
        JSON.createObjectBuilder()
            .add("nhsNumber", nhs.value())
            .add("dateOfBirth", dateOfBirth.toString())
            .add("surname", surname)
            .build()
            .toString();
    try {
      return Optional.of(PartnerReplies.patient(read(() -> client.matchPatient(token, body))));
    } catch (PartnerException e) {
      if (e.outcome() == PartnerOutcome.PATIENT_NOT_MATCHED) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Books once, never again: a booking without an answer may have happened. */
  public EmisAppointment book(String token, String slotId, NhsNumber nhs, String reason) {
    var body = JSON.createObjectBuilder().add("slotId", slotId).add("nhsNumber", nhs.value());
    if (reason != null) {
      body.add("reason", reason);
    }
    String json = body.build().toString();
    return PartnerReplies.appointment(oneShotChange(() -> client.book(token, json)));
  }

  /**
   * BookAppointment on a slot that cannot exist (the connection test's probe): it can never book
   * anything, so unlike a real booking it may be tried again.
   */
  void probeBook(String token, String impossibleSlotId, NhsNumber nhs) {
    String json =
        JSON.createObjectBuilder()
            .add("slotId", impossibleSlotId)
            .add("nhsNumber", nhs.value())
            .build()
            .toString();
    repeatableChange(() -> client.book(token, json));
  }

  /** Cancelling twice changes nothing, so a cancel is tried again like a read. */
  public EmisAppointment cancel(String token, String appointmentId, String reason) {
    var body = JSON.createObjectBuilder().add("status", "CANCELLED");
    if (reason != null) {
      body.add("reason", reason);
    }
    String json = body.build().toString();
    return PartnerReplies.appointment(
        repeatableChange(() -> client.setStatus(token, appointmentId, json)));
  }

  private JsonObject read(Supplier<String> call) {
    return settle(() -> attempts.read(call), false);
  }

  private JsonObject repeatableChange(Supplier<String> call) {
    return settle(() -> attempts.repeatableChange(call), true);
  }

  private JsonObject oneShotChange(Supplier<String> call) {
    return settle(() -> attempts.oneShotChange(call), true);
  }

  /**
   * What the attempts came to, as a PartnerException; for a change, one that got no answer says its
   * outcome is unknown.
   */
  private static JsonObject settle(Supplier<JsonObject> attempts, boolean change) {
    try {
      return attempts.get();
    } catch (RuntimeException e) {
      PartnerException failure = PartnerFailures.of(e);
      throw change ? PartnerFailures.forChange(failure) : failure;
    }
  }
}
