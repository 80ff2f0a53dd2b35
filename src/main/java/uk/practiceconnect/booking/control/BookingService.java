package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import uk.practiceconnect.booking.entity.Booking;
import uk.practiceconnect.booking.entity.BookingRefused;
import uk.practiceconnect.booking.entity.BookingRequest;
import uk.practiceconnect.booking.entity.BookingRule;
import uk.practiceconnect.booking.entity.BookingStatus;
import uk.practiceconnect.booking.entity.Channel;
import uk.practiceconnect.booking.entity.IdempotencyDecision;
import uk.practiceconnect.booking.entity.IdempotencyKey;
import uk.practiceconnect.booking.entity.Invitation;
import uk.practiceconnect.booking.entity.RuleBreach;
import uk.practiceconnect.booking.entity.SlotScope;
import uk.practiceconnect.emis.entity.EmisPatient;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.practice.entity.Practice;

/**
 * Books a slot: answers a repeated request from its record, checks who the patient is and the
 * rules, claims the slot in our database (so only one request per slot ever reaches EMIS), then
 * asks EMIS and records the answer. What happens after EMIS's answer (or silence) is {@link
 * EmisBooking}'s job.
 */
@ApplicationScoped
public class BookingService {

  /** A request whose patient has been identified against EMIS. */
  public record Attempt(
      Practice practice,
      Channel channel,
      String actor,
      IdempotencyKey key,
      BookingRequest request,
      Optional<MobileNumber> textTo,
      Invitation invitation) {}

  @Inject Bookings bookings;
  @Inject PatientLocks locks;
  @Inject SlotSearch search;
  @Inject SlotCatalogue catalogue;
  @Inject BookingSettingsService settings;
  @Inject IdentityCheck identity;
  @Inject EmisBooking emis;
  @Inject BookingConfig config;
  @Inject Clock clock;

  /**
   * Another system's booking: same key and body give the same booking, never a second one. The
   * patient is matched in EMIS first (a failed match counts towards the identity limit and says
   * nothing about the patient's bookings); then the slot is claimed in our database, so that of
   * many requests for one slot only one ever asks EMIS to book it (the others get 409 at once).
   */
  public Booking bookByApi(
      Practice practice,
      Caller caller,
      IdempotencyKey key,
      BookingRequest request,
      String address) {
    Earlier earlier = earlier(practice, key, request.fingerprint());
    if (earlier.answer().isPresent()) {
      return earlier.answer().get();
    }
    BookingRule rule = settings.rule(practice.id());
    if (!rule.enabled()) {
      throw notAllowed(RuleBreach.BOOKING_OFF);
    }
    EmisPatient patient =
        identity.verify(
            practice, request.nhsNumber(), request.dateOfBirth(), request.surname(), address);
    Attempt attempt =
        new Attempt(practice, Channel.API, caller.name(), key, request, textTo(patient), null);
    return place(attempt, rule, rule.bookable(), earlier.retry());
  }

  /** A patient on the public pages, already identified in an earlier step of their journey. */
  public Booking bookByPatient(Attempt attempt) {
    Earlier earlier = earlier(attempt.practice(), attempt.key(), attempt.request().fingerprint());
    if (earlier.answer().isPresent()) {
      return earlier.answer().get();
    }
    BookingRule rule = settings.rule(attempt.practice().id());
    boolean invited = attempt.invitation() != null;
    rule.checkChannel(invited, AppointmentBook.offersOpenPage(attempt.practice()))
        .ifPresent(
            b -> {
              throw notAllowed(b);
            });
    return place(
        attempt, rule, invited ? attempt.invitation().scope() : rule.bookable(), earlier.retry());
  }

  /**
   * The booking a request with this key came to, once it is no longer waiting for EMIS (checked a
   * few times a second for at most {@code wait}): for a second click on "Book" while the first is
   * still with EMIS. Empty if it is still waiting.
   */
  public Optional<Booking> awaitSettled(Practice practice, IdempotencyKey key, Duration wait) {
    Instant until = clock.instant().plus(wait);
    while (true) {
      Optional<Booking> now = bookings.byKey(practice.id(), key);
      if (now.isPresent() && now.get().status() != BookingStatus.PENDING) {
        return now;
      }
      if (!clock.instant().isBefore(until)) {
        return Optional.empty();
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
  }

  /** What the key already stands for: an answer, or nothing (and whether to retry its record). */
  private record Earlier(Optional<Booking> answer, boolean retry) {
    static final Earlier NEW = new Earlier(Optional.empty(), false);
  }

  /** The booking this key already stands for, or a refusal; empty when the key is new. */
  private Earlier earlier(Practice practice, IdempotencyKey key, String fingerprint) {
    Optional<Booking> existing = bookings.byKey(practice.id(), key);
    IdempotencyDecision decision =
        IdempotencyDecision.decide(
            existing.orElse(null), fingerprint, clock.instant(), config.pendingTimeout());
    return switch (decision) {
      case NEW -> Earlier.NEW;
      case RETRY -> new Earlier(Optional.empty(), true);
      case REPLAY -> new Earlier(Optional.of(answer(existing.get())), false);
      case KEY_REUSED ->
          throw new DomainException(
              ErrorCode.IDEMPOTENCY_KEY_REUSED,
              "This Idempotency-Key was already used for a different booking request. Use a new"
                  + " key for a new request.");
      case IN_PROGRESS ->
          throw new DomainException(
              ErrorCode.REQUEST_IN_PROGRESS,
              "A request with this Idempotency-Key is still waiting for EMIS. Ask again in a"
                  + " minute.");
      case RECONCILE ->
          emis.resolveStale(existing.get(), practice)
              .map(b -> new Earlier(Optional.of(answer(b)), false))
              .orElse(new Earlier(Optional.empty(), true));
    };
  }

  /** A finished booking answers as it did the first time: the booking, or the same refusal. */
  public Booking answer(Booking b) {
    return switch (b.status()) {
      case CONFIRMED, CANCELLED, MOVED -> b;
      case FAILED -> throw EmisBooking.failure(b.failure().orElse("SLOT_TAKEN"));
      case PENDING ->
          throw new DomainException(
              ErrorCode.REQUEST_IN_PROGRESS, "This booking is still waiting for EMIS's answer");
    };
  }

  /**
   * @param retry the key's earlier request was given up: its record is reopened, not a new one made
   */
  private Booking place(Attempt a, BookingRule rule, SlotScope scope, boolean retry) {
    Practice practice = a.practice();
    String slotId = a.request().slotId();
    Optional<EmisSlot> free = search.findFree(practice, rule, slotId);
    if (free.isEmpty() || free.get().status() != EmisSlot.Status.FREE) {
      // perhaps taken by this very request's twin (a second press of "Book"): answer with that
      Optional<Booking> twin = bookings.byKey(practice.id(), a.key());
      if (twin.isPresent() && twin.get().requestHash().equals(a.request().fingerprint())) {
        return answer(twin.get());
      }
      throw EmisBooking.slotTaken();
    }
    EmisSlot slot = free.get();
    rule.check(slot, scope, clock.instant())
        .ifPresent(
            b -> {
              throw b == RuleBreach.NOT_FREE ? EmisBooking.slotTaken() : notAllowed(b);
            });
    Bookings.Claim claim =
        new Bookings.Claim(
            practice,
            a.channel(),
            a.actor(),
            a.key(),
            a.request().fingerprint(),
            slot,
            a.request().nhsNumber(),
            a.request().reason(),
            a.invitation() == null ? null : a.invitation().id());
    Booking pending;
    try {
      pending = claim(claim, rule, retry);
    } catch (AlreadyThere already) {
      return answer(already.booking);
    }
    catalogue.markTaken(practice.id(), slotId);
    return emis.book(pending, practice, a.textTo(), rule.showClinician());
  }

  /** Claims the slot; a unique-constraint clash is told apart by reading what is there now. */
  private Booking claim(Bookings.Claim claim, BookingRule rule, boolean retry) {
    for (int attempt = 1; ; attempt++) {
      try {
        locks.ensure(claim.practice().id(), claim.nhs());
        return bookings.claim(claim, rule, retry);
      } catch (DomainException e) {
        throw e;
      } catch (Bookings.AlreadyClaimed e) {
        throw new AlreadyThere(e.booking());
      } catch (RuntimeException e) {
        Optional<Booking> same = bookings.byKey(claim.practice().id(), claim.key());
        if (same.isPresent() && !(retry && same.get().isGivenUp())) {
          if (!same.get().requestHash().equals(claim.fingerprint())) {
            throw new DomainException(
                ErrorCode.IDEMPOTENCY_KEY_REUSED,
                "This Idempotency-Key was already used for a different booking request");
          }
          throw new AlreadyThere(same.get());
        }
        if (attempt >= 3
            || bookings
                .claimedSlots(claim.practice().id(), claim.slot().start())
                .contains(claim.slot().slotId())) {
          throw EmisBooking.slotTaken();
        }
        // a lock wait timed out under load: nothing was written, try again
      }
    }
  }

  /** The same key won a race against this request: answer with what it got. */
  private static final class AlreadyThere extends RuntimeException {
    final transient Booking booking;

    AlreadyThere(Booking booking) {
      super(null, null, false, false);
      this.booking = booking;
    }
  }

  /** Confirmations go only to a UK mobile the patient agreed to receive texts on. */
  public static Optional<MobileNumber> textTo(EmisPatient patient) {
    return patient != null && patient.smsConsent() ? patient.mobileNumber() : Optional.empty();
  }

  static DomainException notAllowed(RuleBreach breach) {
    return new BookingRefused(breach);
  }
}
