package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import uk.practiceconnect.booking.entity.Booking;
import uk.practiceconnect.booking.entity.BookingRequest;
import uk.practiceconnect.booking.entity.BookingRule;
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
 * Books a slot: answers a repeated request from its record, checks the rules, claims the slot in
 * our database (so only one request per slot ever reaches EMIS), then asks EMIS and records the
 * answer. What happens after EMIS's answer (or silence) is {@link EmisBooking}'s job.
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
  @Inject SlotSearch search;
  @Inject SlotCatalogue catalogue;
  @Inject BookingSettingsService settings;
  @Inject IdentityCheck identity;
  @Inject EmisBooking emis;
  @Inject BookingConfig config;
  @Inject Clock clock;

  /**
   * Another system's booking: same key and body give the same booking, never a second one. The slot
   * is claimed before the patient is matched in EMIS, so that of many requests for one slot only
   * one ever reaches EMIS (the others get 409 from the database at once); a claim whose patient
   * does not match is removed again.
   */
  public Booking bookByApi(
      Practice practice,
      Caller caller,
      IdempotencyKey key,
      BookingRequest request,
      String address) {
    Optional<Booking> earlier = earlier(practice, key, request.fingerprint());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    BookingRule rule = settings.rule(practice.id());
    if (!rule.enabled()) {
      throw notAllowed(RuleBreach.BOOKING_OFF);
    }
    identity.ensureNotLocked(request.nhsNumber(), address);
    Attempt attempt =
        new Attempt(practice, Channel.API, caller.name(), key, request, Optional.empty(), null);
    return place(
        attempt,
        rule,
        rule.bookable(),
        pending -> {
          EmisPatient patient =
              identity.match(
                  practice, request.nhsNumber(), request.dateOfBirth(), request.surname(), address);
          return textTo(patient);
        });
  }

  /** A patient on the public pages, already identified in an earlier step of their journey. */
  public Booking bookByPatient(Attempt attempt) {
    Optional<Booking> earlier =
        earlier(attempt.practice(), attempt.key(), attempt.request().fingerprint());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    BookingRule rule = settings.rule(attempt.practice().id());
    boolean invited = attempt.invitation() != null;
    rule.checkChannel(invited)
        .ifPresent(
            b -> {
              throw notAllowed(b);
            });
    return place(
        attempt,
        rule,
        invited ? attempt.invitation().scope() : rule.bookable(),
        pending -> attempt.textTo());
  }

  /** The booking this key already stands for, or a refusal; empty when the key is new. */
  private Optional<Booking> earlier(Practice practice, IdempotencyKey key, String fingerprint) {
    Optional<Booking> existing = bookings.byKey(practice.id(), key);
    IdempotencyDecision decision =
        IdempotencyDecision.decide(
            existing.orElse(null), fingerprint, clock.instant(), config.pendingTimeout());
    return switch (decision) {
      case NEW -> Optional.empty();
      case REPLAY -> Optional.of(replay(existing.get()));
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
      case RECONCILE -> emis.resolveStale(existing.get(), practice).map(this::replay);
    };
  }

  /** A finished booking answers as it did the first time: the booking, or the same refusal. */
  private Booking replay(Booking b) {
    return switch (b.status()) {
      case CONFIRMED, CANCELLED -> b;
      case FAILED -> throw EmisBooking.failure(b.failure().orElse("SLOT_TAKEN"));
      case PENDING ->
          throw new DomainException(
              ErrorCode.REQUEST_IN_PROGRESS, "This booking is still waiting for EMIS's answer");
    };
  }

  /**
   * @param identify runs once the slot is claimed: checks who the patient is (throwing when they do
   *     not match) and says where the confirmation text goes
   */
  private Booking place(
      Attempt a,
      BookingRule rule,
      SlotScope scope,
      java.util.function.Function<Booking, Optional<MobileNumber>> identify) {
    Practice practice = a.practice();
    String slotId = a.request().slotId();
    EmisSlot slot = search.findFree(practice, rule, slotId).orElseThrow(EmisBooking::slotTaken);
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
      pending = claim(claim, rule);
    } catch (AlreadyThere already) {
      return replay(already.booking);
    }
    catalogue.markTaken(practice.id(), slotId);
    Optional<MobileNumber> textTo;
    try {
      textTo = identify.apply(pending);
    } catch (RuntimeException e) {
      bookings.discard(pending.id()); // not this patient, or EMIS not there: the slot is free again
      catalogue.invalidate(practice.id());
      throw e;
    }
    return emis.book(pending, practice, textTo, rule.showClinician());
  }

  /** Claims the slot; a unique-constraint clash is told apart by reading what is there now. */
  private Booking claim(Bookings.Claim claim, BookingRule rule) {
    for (int attempt = 1; ; attempt++) {
      try {
        return bookings.claim(claim, rule);
      } catch (DomainException e) {
        throw e;
      } catch (RuntimeException e) {
        Optional<Booking> same = bookings.byKey(claim.practice().id(), claim.key());
        if (same.isPresent()) {
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
    return new DomainException(ErrorCode.BOOKING_NOT_ALLOWED, breach.message());
  }
}
