package uk.practiceconnect.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.practiceconnect.booking.entity.Booking;
import uk.practiceconnect.booking.entity.BookingRule;
import uk.practiceconnect.booking.entity.BookingStatus;
import uk.practiceconnect.booking.entity.CancelToken;
import uk.practiceconnect.booking.entity.Channel;
import uk.practiceconnect.booking.entity.IdempotencyKey;
import uk.practiceconnect.booking.entity.Invitation;
import uk.practiceconnect.booking.entity.RuleBreach;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.patient.entity.MobileNumber;
import uk.practiceconnect.patient.entity.NhsNumber;
import uk.practiceconnect.platform.control.AuditTrail;
import uk.practiceconnect.platform.entity.Caller;
import uk.practiceconnect.platform.entity.DomainException;
import uk.practiceconnect.platform.entity.ErrorCode;
import uk.practiceconnect.practice.entity.Practice;
import uk.practiceconnect.sms.control.SmsOutbox;
import uk.practiceconnect.sms.entity.SmsPurpose;

/**
 * The booking records and each change of their state, one short transaction per step: EMIS is never
 * called while a transaction (and a database connection) is held.
 */
@ApplicationScoped
public class Bookings {

  /** What a new booking claims. */
  public record Claim(
      Practice practice,
      Channel channel,
      String actor,
      IdempotencyKey key,
      String fingerprint,
      EmisSlot slot,
      NhsNumber nhs,
      String reason,
      Long invitationId) {}

  @PersistenceContext EntityManager em;
  @Inject PatientLocks locks;
  @Inject AuditTrail audit;
  @Inject SmsOutbox outbox;
  @Inject BookingTexts texts;
  @Inject BookingEvents events;
  @Inject Clock clock;

  public Optional<Booking> byKey(Long practiceId, IdempotencyKey key) {
    return em.createNamedQuery(Booking.BY_KEY, Booking.class)
        .setParameter("practice", practiceId)
        .setParameter("key", key.value())
        .getResultStream()
        .findFirst();
  }

  public Optional<Booking> byRef(Long practiceId, String ref) {
    if (ref == null || ref.length() > 40) {
      return Optional.empty();
    }
    return em.createNamedQuery(Booking.BY_REF, Booking.class)
        .setParameter("practice", practiceId)
        .setParameter("ref", ref)
        .getResultStream()
        .findFirst();
  }

  public Optional<Booking> byCancelToken(CancelToken token) {
    return em.createNamedQuery(Booking.BY_CANCEL_TOKEN, Booking.class)
        .setParameter("hash", token.hash())
        .getResultStream()
        .findFirst();
  }

  public Optional<Booking> byId(Long id) {
    return Optional.ofNullable(em.find(Booking.class, id));
  }

  /** Slots our bookings hold (pending or confirmed) from {@code from} on. */
  public Set<String> claimedSlots(Long practiceId, Instant from) {
    return new HashSet<>(
        em.createNamedQuery(Booking.CLAIMED_SLOTS, String.class)
            .setParameter("practice", practiceId)
            .setParameter("from", from)
            .getResultList());
  }

  /** Bookings for appointments in [from, to) in these states (at most 5,000). */
  public List<Booking> inRange(
      Long practiceId, Instant from, Instant to, Set<BookingStatus> statuses) {
    return em.createNamedQuery(Booking.IN_RANGE, Booking.class)
        .setParameter("practice", practiceId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("statuses", statuses)
        .setMaxResults(5000)
        .getResultList();
  }

  public List<Booking> recent(Long practiceId, int first, int size) {
    return em.createNamedQuery(Booking.RECENT, Booking.class)
        .setParameter("practice", practiceId)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public List<Booking> stalePending(Instant before, int max) {
    return em.createNamedQuery(Booking.STALE_PENDING, Booking.class)
        .setParameter("before", before)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Writes the PENDING booking that holds the slot, after the per-patient limit (counted under the
   * patient's lock) and the invitation (used once). A second claim of the same slot or key fails
   * here, on the unique constraints, before EMIS is asked. The same request again after its booking
   * was given up ({@code retry}) reopens that record instead.
   */
  @Transactional
  public Booking claim(Claim c, BookingRule rule, boolean retry) {
    Instant now = clock.instant();
    locks.lock(c.practice().id(), c.nhs());
    long future =
        em.createNamedQuery(Booking.FUTURE_OF_PATIENT, Long.class)
            .setParameter("practice", c.practice().id())
            .setParameter("nhs", c.nhs().value())
            .setParameter("now", now)
            .getSingleResult();
    Optional<RuleBreach> cap = rule.checkCap(future);
    if (cap.isPresent()) {
      throw BookingService.notAllowed(cap.get());
    }
    if (c.invitationId() != null) {
      Invitation invitation =
          em.find(Invitation.class, c.invitationId(), LockModeType.PESSIMISTIC_WRITE);
      if (invitation == null || !invitation.isUsable(now)) {
        throw new DomainException(
            ErrorCode.BOOKING_NOT_ALLOWED, "This invitation has been used or has expired");
      }
      invitation.use(now);
    }
    if (retry) {
      Optional<Booking> earlier = byKey(c.practice().id(), c.key());
      if (earlier.isPresent()) {
        Booking b = em.find(Booking.class, earlier.get().id(), LockModeType.PESSIMISTIC_WRITE);
        if (!b.isGivenUp()) {
          throw new AlreadyClaimed(b); // another retry got there first
        }
        b.reopen(now);
        em.flush();
        return b;
      }
    }
    Booking booking =
        new Booking(
            c.practice().id(),
            c.channel(),
            c.actor(),
            c.key().value(),
            c.fingerprint(),
            c.slot(),
            c.nhs(),
            c.reason(),
            c.invitationId(),
            now);
    em.persist(booking);
    em.flush();
    return booking;
  }

  /** The key's record changed under a retry: answer with what it holds now. */
  public static final class AlreadyClaimed extends RuntimeException {
    private final transient Booking booking;

    AlreadyClaimed(Booking booking) {
      super(null, null, false, false);
      this.booking = booking;
    }

    public Booking booking() {
      return booking;
    }
  }

  /**
   * EMIS booked it: the booking is confirmed, audited, and the patient texted a cancel link (in
   * this same transaction, so the text goes if and only if the confirmation is stored). A booking
   * given up while EMIS was silent is confirmed too: EMIS has the appointment, so we keep a record
   * of it. Empty only if the record is gone altogether, when the caller must undo it in EMIS.
   */
  @Transactional
  public Optional<Booking> confirm(
      Long bookingId,
      String appointmentId,
      Practice practice,
      Optional<MobileNumber> textTo,
      boolean showClinician) {
    Booking b = em.find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE);
    if (b == null) {
      return Optional.empty();
    }
    if (!b.awaitsEmis()) {
      return Optional.of(b); // the reconciler (or a retry) got there first
    }
    Instant now = clock.instant();
    if (b.isGivenUp()) {
      b.invitationId()
          .map(id -> em.find(Invitation.class, id, LockModeType.PESSIMISTIC_WRITE))
          .filter(i -> i.isUsable(now))
          .ifPresent(i -> i.use(now));
    }
    CancelToken token = CancelToken.generate();
    b.confirm(appointmentId, token.hash(), now);
    audit.record(
        Caller.patient(b.actor(), practice.id()),
        practice.id(),
        practice.odsCode().value(),
        "BOOKING_CONFIRMED",
        "booking",
        describe(b));
    events.confirmed(b);
    textTo.ifPresent(
        mobile ->
            outbox.enqueue(
                practice.id(),
                mobile,
                texts.confirmation(
                    practice.name().value(),
                    b.slotStart(),
                    b.slotType(),
                    showClinician ? b.clinician() : null,
                    texts.cancelLink(token)),
                SmsPurpose.BOOKING_CONFIRMATION,
                "booking-confirmation:" + b.bookingRef()));
    return Optional.of(b);
  }

  /** EMIS refused it for good: the slot claim (and any invitation) is given back. */
  @Transactional
  public Booking fail(Long bookingId, String failure) {
    Booking b = em.find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE);
    if (b != null && b.status() == BookingStatus.PENDING) {
      b.fail(failure);
      b.invitationId().map(id -> em.find(Invitation.class, id)).ifPresent(Invitation::release);
    }
    return b;
  }

  /**
   * A booking still PENDING since before {@code staleBefore} that EMIS did not have when asked:
   * given up (slot and invitation given back) but kept, so that a late "booked" from EMIS still
   * finds its record and a retry with the same key can try again. A request that started afresh
   * under the same key meanwhile is left alone.
   */
  @Transactional
  public Booking giveUp(Long bookingId, Instant staleBefore) {
    Booking b = em.find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE);
    if (b != null && b.status() == BookingStatus.PENDING && b.createdAt().isBefore(staleBefore)) {
      b.giveUp();
      b.invitationId().map(id -> em.find(Invitation.class, id)).ifPresent(Invitation::release);
    }
    return b;
  }

  /**
   * The request that claimed it learnt that nothing happened in EMIS (the patient did not match,
   * EMIS could not be asked): the record goes and the same idempotency key may be tried again. Only
   * that request itself calls this; the stale-booking resolver gives up instead.
   */
  @Transactional
  public void discard(Long bookingId) {
    Booking b = em.find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE);
    if (b != null && b.status() == BookingStatus.PENDING) {
      b.invitationId().map(id -> em.find(Invitation.class, id)).ifPresent(Invitation::release);
      em.remove(b);
    }
  }

  /** For the audit trail: which appointment, never who. */
  static String describe(Booking b) {
    return b.slotType()
        + " on "
        + BookingTexts.WHEN.format(b.slotStart())
        + " (booking "
        + b.bookingRef()
        + ", "
        + b.channel().label()
        + ")";
  }
}
