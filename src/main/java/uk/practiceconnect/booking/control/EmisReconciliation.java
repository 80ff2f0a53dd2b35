package uk.practiceconnect.booking.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.practiceconnect.booking.entity.Booking;
import uk.practiceconnect.booking.entity.EmisCheck;
import uk.practiceconnect.emis.entity.EmisAppointment;
import uk.practiceconnect.emis.entity.PartnerException;
import uk.practiceconnect.practice.control.Practices;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Keeps our confirmed bookings in step with EMIS when the practice cancels or moves an appointment
 * in EMIS itself: for each practice with confirmed future bookings, one read of its booked
 * appointments over the range those bookings span, then each booking whose appointment is no longer
 * booked at its slot is recorded as cancelled or moved in EMIS (its slot claim released, audited as
 * the system). Practices are read {@code booking.reconcile.concurrency} at a time, a page of
 * practices and a page of bookings at a time; no transaction is held while EMIS is asked.
 */
@ApplicationScoped
public class EmisReconciliation {

  private static final Logger LOG = Logger.getLogger(EmisReconciliation.class.getName());

  static final int PRACTICE_PAGE = 100;
  static final int BOOKING_PAGE = 200;

  /** What one practice's reconciliation found. */
  public record Outcome(
      String odsCode, boolean read, int checked, int cancelled, int moved, String detail) {}

  /** What a run over every practice found. */
  public record Report(int practices, int failed, int checked, int cancelled, int moved) {}

  @Resource ManagedThreadFactory threadFactory;
  @Inject BookingEnds ends;
  @Inject Practices practices;
  @Inject AppointmentBook partner;
  @Inject SlotCatalogue catalogue;
  @Inject BookingConfig config;
  @Inject Clock clock;

  private ExecutorService pool;

  @PostConstruct
  void start() {
    pool = Executors.newFixedThreadPool(config.reconcileConcurrency(), threadFactory);
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }

  /** Every practice with confirmed future bookings, a page of practices at a time. */
  public Report reconcileAll() {
    int count = 0;
    int failed = 0;
    int checked = 0;
    int cancelled = 0;
    int moved = 0;
    Long after = 0L;
    while (true) {
      List<Long> page = ends.practicesWithFutureBookings(clock.instant(), after, PRACTICE_PAGE);
      if (page.isEmpty()) {
        break;
      }
      after = page.get(page.size() - 1);
      List<Future<Outcome>> running = new ArrayList<>();
      for (Long id : page) {
        running.add(pool.submit(() -> reconcileById(id)));
      }
      for (Future<Outcome> f : running) {
        count++;
        try {
          Outcome o = f.get();
          failed += o.read() ? 0 : 1;
          checked += o.checked();
          cancelled += o.cancelled();
          moved += o.moved();
        } catch (ExecutionException e) {
          failed++;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return new Report(count, failed, checked, cancelled, moved);
        }
      }
    }
    return new Report(count, failed, checked, cancelled, moved);
  }

  private Outcome reconcileById(Long practiceId) {
    return practices
        .byId(practiceId)
        .map(this::reconcile)
        .orElse(new Outcome("?", false, 0, 0, 0, "No such practice"));
  }

  /** The booking's appointment among the patient's future ones in EMIS, wherever it is now. */
  private Optional<EmisAppointment> movedAway(Practice practice, Booking b, Instant now) {
    String id = b.appointmentId().orElse(null);
    return partner.patientAppointments(practice, b.nhsNumber(), now).stream()
        .filter(a -> a.appointmentId().equals(id))
        .findFirst();
  }

  /**
   * A GP Connect practice's book cannot be listed: each confirmed future booking's appointment is
   * read on its own (an appointment cancelled there comes back as missing).
   */
  private List<EmisAppointment> eachBooked(Practice practice, Instant now, Instant readStarted) {
    List<EmisAppointment> found = new ArrayList<>();
    Long after = 0L;
    while (true) {
      List<Booking> page =
          ends.futureConfirmed(practice.id(), now, readStarted, after, BOOKING_PAGE);
      if (page.isEmpty()) {
        return found;
      }
      after = page.get(page.size() - 1).id();
      for (Booking b : page) {
        b.appointmentId().flatMap(id -> partner.appointment(practice, id)).ifPresent(found::add);
      }
    }
  }

  /** One practice now (the scheduled run, the REST trigger and the Bookings page come here). */
  public Outcome reconcile(Practice practice) {
    String ods = practice.odsCode().value();
    Instant now = clock.instant();
    var range = ends.futureRange(practice.id(), now);
    if (range.isEmpty()) {
      return new Outcome(ods, true, 0, 0, 0, "No confirmed future bookings");
    }
    // bookings confirmed from here on may be missing from the read: they are left for next time
    Instant readStarted = clock.instant();
    Map<String, EmisAppointment> booked = new HashMap<>();
    try {
      List<EmisAppointment> read =
          partner.listsWholeBook(practice)
              ? partner.bookedAppointments(
                  practice, range.get().first(), range.get().last().plusSeconds(1))
              : eachBooked(practice, now, readStarted);
      read.forEach(a -> booked.put(a.appointmentId(), a));
    } catch (PartnerException e) {
      return new Outcome(ods, false, 0, 0, 0, "The GP system did not answer: " + e.outcomeLabel());
    }
    int checked = 0;
    int cancelled = 0;
    int moved = 0;
    Long after = 0L;
    while (true) {
      List<Booking> page =
          ends.futureConfirmed(practice.id(), now, readStarted, after, BOOKING_PAGE);
      if (page.isEmpty()) {
        break;
      }
      after = page.get(page.size() - 1).id();
      for (Booking b : page) {
        checked++;
        EmisCheck check = EmisCheck.of(b, b.appointmentId().map(booked::get).orElse(null));
        if (check.stillBooked()) {
          continue;
        }
        try {
          if (!check.moved()) {
            // not in the range read: cancelled, or moved outside it? the patient's own list says
            check = EmisCheck.of(b, movedAway(practice, b, now).orElse(null));
            if (check.stillBooked()) {
              continue; // EMIS's two answers disagree: leave it for the next run
            }
          }
          if (ends.goneFromSlot(b.id(), readStarted, check, practice).isPresent()) {
            if (check.moved()) {
              moved++;
            } else {
              cancelled++;
            }
          }
        } catch (RuntimeException e) { // EMIS did not say, or it changed meanwhile: next time
          LOG.log(
              Level.INFO,
              "Booking {0} not reconciled this time: {1}",
              new Object[] {b.bookingRef(), e.getClass().getSimpleName()});
        }
      }
    }
    if (cancelled + moved > 0) {
      catalogue.invalidate(practice.id());
      LOG.log(
          Level.INFO,
          "EMIS reconciliation of {0}: {1} cancelled, {2} moved in EMIS",
          new Object[] {ods, cancelled, moved});
    }
    return new Outcome(
        ods,
        true,
        checked,
        cancelled,
        moved,
        checked
            + (checked == 1 ? " booking" : " bookings")
            + " checked: "
            + cancelled
            + " cancelled, "
            + moved
            + " moved in EMIS");
  }
}
