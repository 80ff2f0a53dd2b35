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
 * CONFIRMED with EMIS's appointment id, FAILED, or CANCELLED. The NHS number is kept because the
 * per-patient limit and the reconciliation after a time-out need it; it is never logged.
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
            + " and b.slotStart < :to and b.status <> uk.practiceconnect.booking.entity"
            + ".BookingStatus.FAILED order by b.slotStart, b.id")
@NamedQuery(
    name = Booking.RECENT,
    query =
        "select b from Booking b where b.practiceId = :practice and b.status <>"
            + " uk.practiceconnect.booking.entity.BookingStatus.FAILED"
            + " order by b.createdAt desc, b.id desc")
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

  public void confirm(String appointmentId, String cancelTokenHash, Instant now) {
    this.status = BookingStatus.CONFIRMED;
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

  public void cancel(String actor, Instant now) {
    this.status = BookingStatus.CANCELLED;
    this.slotClaim = null;
    this.cancelledAt = now;
    this.cancelledBy = actor;
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
}
