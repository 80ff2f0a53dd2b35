package uk.practiceconnect.emis.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
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
 * The partner API's operations, typed, for one session token; each tried again after transient
 * failures as {@link RetryPolicy} says. Sessions and the circuit breaker are the callers' business
 * ({@link PartnerSessions}, {@link PartnerApi}).
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

  @Inject
  @ConfigProperty(name = "emis.partner.retry.max-attempts", defaultValue = "3")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "emis.partner.retry.first-delay-ms", defaultValue = "200")
  long firstDelayMs;

  private RetryPolicy policy = RetryPolicy.DEFAULT;

  @PostConstruct
  void init() {
    policy =
        new RetryPolicy(
            Math.max(1, maxAttempts),
            Duration.ofMillis(firstDelayMs),
            RetryPolicy.DEFAULT.multiplier(),
            RetryPolicy.DEFAULT.maxDelay());
  }

  /**
   * Logs on. The password is copied into the request body only here, and the caller's array is
   * wiped whatever happens.
   */
  public Logon logon(String organisationId, String username, char[] password) {
    String body;
    try {
      body =
          Json.createObjectBuilder()
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

  /** Ends a session; failures do not matter (EMIS expires idle sessions anyway). */
  public void logout(String token) {
    try {
      attempts.read(() -> client.logout(token));
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
        Json.createObjectBuilder()
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
    var body = Json.createObjectBuilder().add("slotId", slotId).add("nhsNumber", nhs.value());
    if (reason != null) {
      body.add("reason", reason);
    }
    String json = body.build().toString();
    return PartnerReplies.appointment(
        run(() -> attempts.change(() -> client.book(token, json)), Kind.ONE_SHOT_CHANGE));
  }

  /**
   * BookAppointment on a slot that cannot exist (the connection test's probe): it can never book
   * anything, so unlike a real booking it may be tried again.
   */
  void probeBook(String token, String impossibleSlotId, NhsNumber nhs) {
    String json =
        Json.createObjectBuilder()
            .add("slotId", impossibleSlotId)
            .add("nhsNumber", nhs.value())
            .build()
            .toString();
    run(() -> attempts.change(() -> client.book(token, json)), Kind.REPEATABLE_CHANGE);
  }

  /** Cancelling twice changes nothing, so a cancel is tried again like a read. */
  public EmisAppointment cancel(String token, String appointmentId, String reason) {
    var body = Json.createObjectBuilder().add("status", "CANCELLED");
    if (reason != null) {
      body.add("reason", reason);
    }
    String json = body.build().toString();
    return PartnerReplies.appointment(
        run(
            () -> attempts.change(() -> client.setStatus(token, appointmentId, json)),
            Kind.REPEATABLE_CHANGE));
  }

  private JsonObject read(Supplier<String> call) {
    return run(() -> attempts.read(call), Kind.READ);
  }

  /** How a call may be repeated. */
  enum Kind {
    READ,
    /** Doing it twice is the same as once (a cancel). */
    REPEATABLE_CHANGE,
    /** Never repeated: a booking that got no answer may have happened. */
    ONE_SHOT_CHANGE
  }

  private JsonObject run(Supplier<JsonObject> attempt, Kind kind) {
    for (int made = 1; ; made++) {
      PartnerException failure;
      try {
        return attempt.get();
      } catch (RuntimeException e) {
        failure = PartnerFailures.of(e);
      }
      Optional<Duration> wait =
          policy.next(
              made,
              failure,
              kind != Kind.ONE_SHOT_CHANGE,
              ThreadLocalRandom.current().nextDouble());
      if (wait.isEmpty()) {
        throw kind == Kind.READ ? failure : PartnerFailures.forChange(failure);
      }
      sleep(wait.get());
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PartnerException(PartnerOutcome.TIMEOUT, "Interrupted while waiting to retry");
    }
  }
}
