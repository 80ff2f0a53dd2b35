package uk.practiceconnect.booking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import uk.practiceconnect.emis.entity.EmisSlot;
import uk.practiceconnect.patient.entity.NhsNumber;

/**
 * One online booking, from the moment it claims its slot (PENDING, before EMIS is asked) to
 * CONFIRMED with EMIS's appointment id, FAILED, CANCELLED or MOVED. The NHS number is kept because
 * the per-patient limit and the reconciliation after a time-out need it; it is never logged.
 */
@Entity
@Table(name = "booking")
@NamedQuery(
    name = Booking.BY_KEY,
    query = "select b from Booking b where b.practiceId = :practice and b.idempotencyKey = :key")
@NamedQuery(
    name = Booking.BY_REF,
    query = "select b from Booking b where b.practiceId = :practice and b.bookingRef = :ref")
@NamedQuery(
    name = Booking.BY_CANCEL_TOKEN,
    query = "select b from Booking b where b.cancelTokenHash = :hash")
@NamedQuery(
    name = Booking.FUTURE_OF_PATIENT,
    query =
        "select count(b) from Booking b where b.practiceId = :practice and b.nhsNumber = :nhs"
            + " and b.status in (uk.practiceconnect.booking.entity.BookingStatus.PENDING,"
            + " uk.practiceconnect.booking.entity.BookingStatus.CONFIRMED) and b.slotStart > :now")
@NamedQuery(
    name = Booking.CLAIMED_SLOTS,
    query =
        "select b.slotClaim from Booking b where b.practiceId = :practice"
            + " and b.slotClaim is not null and b.slotStart >= :from")
@NamedQuery(
    name = Booking.IN_RANGE,
    query =
        "select b from Booking b where b.practiceId = :practice and b.slotStart >= :from"
            + " and b.slotStart < :to and b.status in :statuses order by b.slotStart, b.id")
@NamedQuery(
    name = Booking.RECENT,
    query =
        "select b from Booking b where b.practiceId = :practice and b.status <>"
            + " uk.practiceconnect.booking.entity.BookingStatus.FAILED"
            + " order by b.createdAt desc, b.id desc")
@NamedQuery(
    name = Booking.BY_APPOINTMENT,
    query =
        "select b from Booking b where b.practiceId = :practice and b.appointmentId = :appointment"
            + " and b.status = uk.practiceconnect.booking.entity.BookingStatus.CONFIRMED")
@NamedQuery(
    name = Booking.PRACTICES_WITH_FUTURE,
    query =
        "select distinct b.practiceId from Booking b where b.status ="
            + " uk.practiceconnect.booking.entity.BookingStatus.CONFIRMED and b.slotStart > :now"
            + " and b.practiceId > :after order by b.practiceId")
@NamedQuery(
    name = Booking.FUTURE_RANGE,
    query =
        "select min(b.slotStart), max(b.slotStart) from Booking b where b.practiceId = :practice"
            + " and b.status = uk.practiceconnect.booking.entity.BookingStatus.CONFIRMED"
            + " and b.slotStart > :now")
@NamedQuery(
    name = Booking.FUTURE_CONFIRMED,
    query =
        "select b from Booking b where b.practiceId = :practice and b.status ="
            + " uk.practiceconnect.booking.entity.BookingStatus.CONFIRMED and b.slotStart > :now"
            + " and b.confirmedAt < :before and b.id > :after order by b.id")
@NamedQuery(
    name = Booking.STALE_PENDING,
    query =
        "select b from Booking b where b.status ="
            + " uk.practiceconnect.booking.entity.BookingStatus.PENDING and b.createdAt < :before"
            + " order by b.createdAt")
public class Booking {

  public static final String BY_KEY = "Booking.byKey";
  public static final String BY_REF = "Booking.byRef";
  public static final String BY_CANCEL_TOKEN = "Booking.byCancelToken";
  public static final String FUTURE_OF_PATIENT = "Booking.futureOfPatient";
  public static final String CLAIMED_SLOTS = "Booking.claimedSlots";
  public static final String IN_RANGE = "Booking.inRange";
  public static final String RECENT = "Booking.recent";
  public static final String STALE_PENDING = "Booking.stalePending";
  public static final String BY_APPOINTMENT = "Booking.byAppointment";
  public static final String PRACTICES_WITH_FUTURE = "Booking.practicesWithFuture";
  public static final String FUTURE_RANGE = "Booking.futureRange";
  public static final String FUTURE_CONFIRMED = "Booking.futureConfirmed";

  /** The failure of a booking given up while EMIS stayed silent and did not have it then. */
  public static final String NOT_BOOKED = "NOT_BOOKED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "booking_ref", nullable = false, unique = true, length = 40)
  private String bookingRef;

  @Column(name = "practice_id", nullable = false)
  private Long practiceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private BookingStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Channel channel;

  @Column(nullable = false, length = 120)
  private String actor;

  @Column(name = "idempotency_key", nullable = false, length = 120)
  private String idempotencyKey;

  @Column(name = "request_hash", nullable = false, length = 64)
  private String requestHash;

  @Column(name = "slot_id", nullable = false, length = 64)
  private String slotId;

  @Column(name = "slot_claim", length = 64)
  private String slotClaim;

  @Column(name = "slot_start", nullable = false)
  private Instant slotStart;

  @Column(name = "slot_end", nullable = false)
  private Instant slotEnd;

  @Column(name = "slot_type", nullable = false, length = 100)
  private String slotType;

  @Column(length = 120)
  private String clinician;

  @Column(name = "nhs_number", nullable = false, length = 10)
  private String nhsNumber;

  @Column(length = 200)
  private String reason;

  @Column(name = "appointment_id", length = 64)
  private String appointmentId;

  @Column(name = "invitation_id")
  private Long invitationId;

  @Column(name = "cancel_token_hash", length = 64)
  private String cancelTokenHash;

  @Column(length = 40)
  private String failure;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancelled_by", length = 120)
  private String cancelledBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "cancel_channel", length = 16)
  private CancelChannel cancelChannel;

  @Column(name = "moved_to")
  private Instant movedTo;

  /** Set (not stored) when {@link #reopen} brought back a booking given up earlier. */
  private transient boolean reopened;

  @Version private long version;

  protected Booking() {}

  /** A new booking claiming its slot, before EMIS is asked. */
  public Booking(
      Long practiceId,
      Channel channel,
      String actor,
      String idempotencyKey,
      String requestHash,
      EmisSlot slot,
      NhsNumber nhsNumber,
      String reason,
      Long invitationId,
      Instant now) {
    this.bookingRef = UUID.randomUUID().toString();
    this.practiceId = practiceId;
    this.status = BookingStatus.PENDING;
    this.channel = channel;
    this.actor = actor;
    this.idempotencyKey = idempotencyKey;
    this.requestHash = requestHash;
    this.slotId = slot.slotId();
    this.slotClaim = slot.slotId();
    this.slotStart = slot.start();
    this.slotEnd = slot.end();
    this.slotType = slot.slotType();
    this.clinician = slot.clinician();
    this.nhsNumber = nhsNumber.value();
    this.reason = reason;
    this.invitationId = invitationId;
    this.createdAt = now;
  }

  /** Whether EMIS's late "booked" may still be recorded: PENDING, or given up as not booked. */
  public boolean awaitsEmis() {
    return status == BookingStatus.PENDING || isGivenUp();
  }

  /** Given up while EMIS was silent (and did not have it when asked): may be tried again. */
  public boolean isGivenUp() {
    return status == BookingStatus.FAILED && NOT_BOOKED.equals(failure);
  }

  /**
   * EMIS booked it. A booking given up meanwhile is confirmed all the same (EMIS has it, so we must
   * have it too), but without taking its slot claim back: another request may hold it by now, and
   * EMIS itself keeps the slot from being booked twice.
   */
  public void confirm(String appointmentId, String cancelTokenHash, Instant now) {
    if (status != BookingStatus.PENDING && !isGivenUp()) {
      throw new IllegalStateException("only a booking waiting for EMIS can be confirmed");
    }
    this.status = BookingStatus.CONFIRMED;
    this.failure = null;
    this.appointmentId = appointmentId;
    this.cancelTokenHash = cancelTokenHash;
    this.confirmedAt = now;
  }

  /** Gives the slot back: another booking may claim it. */
  public void fail(String failure) {
    this.status = BookingStatus.FAILED;
    this.slotClaim = null;
    this.failure = failure;
  }

  /** EMIS stayed silent and did not have it when asked: the slot is given back, the row kept. */
  public void giveUp() {
    fail(NOT_BOOKED);
  }

  /** The same request again after {@link #giveUp}: it claims its slot anew. */
  public void reopen(Instant now) {
    if (!isGivenUp()) {
      throw new IllegalStateException("only a booking given up can be tried again");
    }
    this.status = BookingStatus.PENDING;
    this.failure = null;
    this.slotClaim = slotId;
    this.createdAt = now;
    this.reopened = true;
  }

  /** Cancelled through us (API or the confirmation's link) or, as we learn, elsewhere. */
  public void cancel(String actor, CancelChannel channel, Instant now) {
    this.status = BookingStatus.CANCELLED;
    this.slotClaim = null;
    this.cancelledAt = now;
    this.cancelledBy = actor;
    this.cancelChannel = channel;
  }

  /** The practice moved the appointment to another time in EMIS: no longer held at this slot. */
  public void movedInEmis(Instant newStart, String actor, Instant now) {
    this.status = BookingStatus.MOVED;
    this.slotClaim = null;
    this.movedTo = newStart;
    this.cancelledAt = now;
    this.cancelledBy = actor;
    this.cancelChannel = CancelChannel.EMIS;
  }

  public Long id() {
    return id;
  }

  public String bookingRef() {
    return bookingRef;
  }

  public Long practiceId() {
    return practiceId;
  }

  public BookingStatus status() {
    return status;
  }

  public Channel channel() {
    return channel;
  }

  public String actor() {
    return actor;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public String requestHash() {
    return requestHash;
  }

  public String slotId() {
    return slotId;
  }

  public Instant slotStart() {
    return slotStart;
  }

  public Instant slotEnd() {
    return slotEnd;
  }

  public String slotType() {
    return slotType;
  }

  public String clinician() {
    return clinician;
  }

  public NhsNumber nhsNumber() {
    return new NhsNumber(nhsNumber);
  }

  public String reason() {
    return reason;
  }

  public Optional<String> appointmentId() {
    return Optional.ofNullable(appointmentId);
  }

  public Optional<Long> invitationId() {
    return Optional.ofNullable(invitationId);
  }

  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant confirmedAt() {
    return confirmedAt;
  }

  public Instant cancelledAt() {
    return cancelledAt;
  }

  public String cancelledBy() {
    return cancelledBy;
  }

  public Optional<CancelChannel> cancelChannel() {
    return Optional.ofNullable(cancelChannel);
  }

  public Optional<Instant> movedTo() {
    return Optional.ofNullable(movedTo);
  }

  /** Whether this booking holds its slot claim now (no other booking may claim the slot). */
  public boolean holdsClaim() {
    return slotClaim != null;
  }

  /** Brought back by {@link #reopen} in this request: look in EMIS before booking again. */
  public boolean wasReopened() {
    return reopened;
  }
}
