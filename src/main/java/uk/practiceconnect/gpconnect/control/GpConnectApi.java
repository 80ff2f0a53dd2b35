package uk.practiceconnect.gpconnect.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import uk.practiceconnect.emis.control.GuardedCalls;
import uk.practiceconnect.emis.control.PartnerWorkers;
import uk.practiceconnect.emis.entity.AppointmentCancelled;
import uk.practiceconnect.emis.entity.EmisAppointment;
import uk.practiceconnect.emis.entity.EmisPatient;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.emis.entity.PartnerOutcome;
import uk.practiceconnect.gpconnect.entity.GpConnectAppointment;
import uk.practiceconnect.gpconnect.entity.GpConnectPatient;
import uk.practiceconnect.gpconnect.entity.GpConnectSlot;
import uk.practiceconnect.gpconnect.entity.GpConnectTarget;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.control.TtlCache;
import uk.practiceconnect.platform.entity.UkTime;
import uk.practiceconnect.practice.entity.IntegrationRoute;
import uk.practiceconnect.practice.entity.Practice;

/**
 * A GP Connect practice's appointment book, in the vocabulary booking uses for EMIS (so booking is
 * written once for both routes): each call finds the practice's provider settings, goes through the
 * practice's circuit breaker and status ({@link GuardedCalls}) and the FHIR consumer ({@link
 * GpConnectClient}). What GP Connect does not do as EMIS does is bridged here: slot searches of at
 * most 14 days, patients matched on date of birth and surname by us, a slot found again before it
 * is booked (GP Connect books a slot by its exact times, location and practitioner).
 */
@ApplicationScoped
public class GpConnectApi {

  /** How far ahead the slot types offered on the settings pages are collected. */
  static final Duration SLOT_TYPES_AHEAD = Duration.ofDays(28);

  /** How far ahead a patient's appointments are read. */
  static final int APPOINTMENTS_AHEAD_DAYS = 183;

  /** What the practice's book shows as the appointment's description. */
  static final String DESCRIPTION = "Booked online through Practice Connect";

  @Inject GpConnectClient client;
  @Inject GpConnectSettingsService settings;
  @Inject GuardedCalls guard;
  @Inject Clock clock;
  @Inject Event<AppointmentCancelled> cancelled;

  /**
   * Where the parts of a long slot search run side by side (null in plain unit tests): the partner
   * calls' pool, not the managed executor, whose tasks end as container invocations cloned from the
   * request and so close the request's own database session when they finish.
   */
  @Inject PartnerWorkers workers;

  /**
   * Patients found lately, by practice and NHS number: a booking right after the identity check
   * does not search again. Kept {@link #PATIENTS_FOR}; the logical id they carry does not change.
   */
  private TtlCache<String, GpConnectPatient> patients;

  /**
   * Slots listed lately, by practice and slot id, with what booking needs (times, location,
   * practitioner): a slot chosen from a list is booked without searching its day again. A slot
   * taken meanwhile is refused by the provider (DUPLICATE_REJECTED); one not listed here (another
   * instance listed it) is searched for.
   */
  private TtlCache<String, GpConnectSlot> listed;

  static final Duration PATIENTS_FOR = Duration.ofSeconds(60);
  static final Duration LISTED_FOR = Duration.ofSeconds(20);

  @PostConstruct
  void start() {
    patients = new TtlCache<>(PATIENTS_FOR, 20_000, clock);
    listed = new TtlCache<>(LISTED_FOR, 200_000, clock);
  }

  /** Free slots only: GP Connect lists no others ({@code freeOnly} makes no difference). */
  public List<EmisSlot> slots(
      Practice practice, Instant from, Instant to, String slotTypeOrNull, boolean freeOnly) {
    return call(
        practice,
        "search free slots",
        t -> {
          // the parts are searched side by side: a 12-week window is 6 searches, which one
          // after another would keep everyone waiting for the list 6 times the provider's time
          List<CompletableFuture<List<GpConnectSlot>>> parts = new ArrayList<>();
          for (Instant start = from; start.isBefore(to); ) {
            Instant end = partEnd(start, to);
            Instant partStart = start;
            parts.add(
                parts.isEmpty() || workers == null
                    ? CompletableFuture.completedFuture(null)
                        .thenApply(x -> client.freeSlots(t, partStart, end))
                    : CompletableFuture.supplyAsync(
                        () -> client.freeSlots(t, partStart, end), workers.calls()));
            start = end;
          }
          List<GpConnectSlot> found = new ArrayList<>();
          for (CompletableFuture<List<GpConnectSlot>> part : parts) {
            found.addAll(joined(part));
          }
          found.forEach(slot -> listed.put(key(practice, slot.slotId()), slot));
          return GpConnectRecords.slots(found).stream()
              .filter(s -> slotTypeOrNull == null || slotTypeOrNull.equalsIgnoreCase(s.slotType()))
              .toList();
        });
  }

  /** The slot types of the free slots over the next four weeks, for the settings pages. */
  public List<String> slotTypes(Practice practice) {
    Instant now = clock.instant();
    TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    slots(practice, now, now.plus(SLOT_TYPES_AHEAD), null, true)
        .forEach(s -> names.add(s.slotType()));
    return List.copyOf(names);
  }

  /**
   * The patient the provider finds by NHS number, when their date of birth and surname are the ones
   * given (GP Connect's patient search takes the NHS number only; the rest is for us to compare).
   */
  public Optional<EmisPatient> matchPatient(
      Practice practice, NhsNumber nhsNumber, LocalDate dateOfBirth, String surname) {
    return call(practice, "find a patient", t -> patient(practice, t, nhsNumber))
        .filter(p -> dateOfBirth.equals(p.dateOfBirth()) && sameSurname(surname, p.surname()))
        .map(GpConnectRecords::patient);
  }

  /** The patient's booked (not cancelled) appointments from {@code from}. */
  public List<EmisAppointment> patientAppointments(
      Practice practice, NhsNumber nhsNumber, Instant from) {
    return call(
        practice,
        "read a patient's appointments",
        t -> {
          Optional<GpConnectPatient> patient = patient(practice, t, nhsNumber);
          if (patient.isEmpty()) {
            return List.of();
          }
          LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
          LocalDate start = max(today, from.atZone(UkTime.ZONE).toLocalDate());
          return GpConnectRecords.booked(
              client.patientAppointments(
                  t, patient.get(), start, start.plusDays(APPOINTMENTS_AHEAD_DAYS)),
              patient.get());
        });
  }

  /**
   * Books the free slot that starts at {@code slotStart} for the patient. SLOT_NOT_FREE when it is
   * no longer free; PATIENT_NOT_MATCHED when the provider does not know the patient.
   */
  public EmisAppointment book(
      Practice practice, String slotId, Instant slotStart, NhsNumber nhsNumber, String reason) {
    return call(
        practice,
        "book an appointment",
        t -> {
          GpConnectPatient patient =
              patient(practice, t, nhsNumber)
                  .orElseThrow(
                      () ->
                          PartnerException.gpConnect(
                              PartnerOutcome.PATIENT_NOT_MATCHED, "no patient with that number"));
          GpConnectSlot slot =
              listed
                  .get(key(practice, slotId), k -> client.freeSlot(t, slotId, slotStart))
                  .orElseThrow(
                      () ->
                          PartnerException.gpConnect(
                              PartnerOutcome.SLOT_NOT_FREE, "the slot is no longer free"));
          listed.invalidate(key(practice, slotId)); // booked or refused: not free any more
          return GpConnectRecords.appointment(
              client.book(t, slot, patient, DESCRIPTION, reason), patient);
        });
  }

  /**
   * Cancels the appointment and, once the provider confirms, fires {@link AppointmentCancelled}.
   */
  public EmisAppointment cancel(
      Practice practice, String appointmentId, String reason, AppointmentCancelled.Route route) {
    EmisAppointment done =
        call(
            practice,
            "cancel an appointment",
            t -> GpConnectRecords.appointment(client.cancel(t, appointmentId, reason), null));
    if (cancelled != null) {
      cancelled.fire(
          new AppointmentCancelled(practice.id(), appointmentId, route, clock.instant()));
    }
    return done;
  }

  /** The appointment as the provider holds it now; empty when cancelled there or gone. */
  public Optional<EmisAppointment> appointment(Practice practice, String appointmentId) {
    return call(
        practice,
        "read an appointment",
        t -> {
          try {
            GpConnectAppointment a = client.readAppointment(t, appointmentId);
            return a.isCancelled()
                ? Optional.<EmisAppointment>empty()
                : Optional.of(GpConnectRecords.appointment(a, null));
          } catch (PartnerException e) {
            if (e.outcome() == PartnerOutcome.NOT_FOUND) {
              return Optional.empty();
            }
            throw e;
          }
        });
  }

  private Optional<GpConnectPatient> patient(
      Practice practice, GpConnectTarget target, NhsNumber nhsNumber) {
    return patients.get(
        key(practice, nhsNumber.value()), k -> client.findPatient(target, nhsNumber));
  }

  private static <T> T joined(CompletableFuture<T> part) {
    try {
      return part.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private static String key(Practice practice, String id) {
    return practice.id() + "/" + id;
  }

  private <T> T call(Practice practice, String what, Function<GpConnectTarget, T> work) {
    return guard.run(
        practice,
        IntegrationRoute.GP_CONNECT,
        what,
        () -> work.apply(settings.target(practice).orElseThrow(GpConnectApi::notConfigured)));
  }

  static PartnerException notConfigured() {
    return PartnerException.gpConnect(
        PartnerOutcome.CONSUMER_SET_UP, "the practice's GP Connect settings are not complete");
  }

  /** Surnames compared as people write them: case, accents' case, spaces and hyphens aside. */
  static boolean sameSurname(String given, String held) {
    return given != null && held != null && normal(given).equals(normal(held));
  }

  private static String normal(String surname) {
    return surname.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-'’]+", "");
  }

  /**
   * Where a slot search starting at {@code start} stops: at most 14 days on, and before {@code to}
   * at the last UK midnight within them. A provider lists only the slots wholly inside a search, so
   * a part ending mid-session would lose the slot running over its end; slots do not run over
   * midnight.
   */
  static Instant partEnd(Instant start, Instant to) {
    Instant longest = start.plus(FreeSlots.LONGEST_SEARCH);
    if (!to.isAfter(longest)) {
      return to;
    }
    Instant midnight =
        longest.atZone(UkTime.ZONE).toLocalDate().atStartOfDay(UkTime.ZONE).toInstant();
    return midnight.isAfter(start) ? midnight : longest;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
