package uk.practiceconnect.sms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import uk.practiceconnect.patient.entity.MobileNumber;

/**
 * One text in the outbox. It is written before anything is sent, and every change of its state
 * after that is a conditional update in {@code OutboxClaims} (compare-and-set on state and lease
 * owner), so two senders can never both own it. The phone number and text are personal data: they
 * never appear in logs or {@link #toString()}, and the text (which may carry a link's token) is
 * blanked once the sender is done with it.
 */
@Entity
@Table(name = "sms_message")
@NamedQuery(
    name = SmsMessage.BY_DEDUP_KEY,
    query = "select m from SmsMessage m where m.dedupKey = :key")
public class SmsMessage {

  public static final String BY_DEDUP_KEY = "SmsMessage.byDedupKey";

  /** Notify refuses longer texts. */
  public static final int MAX_LENGTH = 918;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "practice_id", nullable = false)
  private Long practiceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private SmsPurpose purpose;

  @Column(name = "dedup_key", nullable = false, length = 120)
  private String dedupKey;

  @Column(nullable = false, length = 60)
  private String reference;

  @Column(name = "phone_number", nullable = false, length = 20)
  private String phoneNumber;

  @Column(nullable = false, length = 1000)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private SmsState state;

  @Column(nullable = false)
  private int attempts;

  @Column(nullable = false)
  private int throttled;

  @Column(name = "maybe_sent", nullable = false)
  private boolean maybeSent;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "send_by")
  private Instant sendBy;

  @Column(name = "lease_owner", length = 80)
  private String leaseOwner;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "notify_id", length = 36)
  private String notifyId;

  /** The Notify service that accepted it (null: sent before practices had their own). */
  @Column(name = "notify_service_id", length = 36)
  private String notifyServiceId;

  @Column(name = "delivery_status", length = 20)
  private String deliveryStatus;

  @Column(name = "next_status_check_at")
  private Instant nextStatusCheckAt;

  @Column(name = "status_checks", nullable = false)
  private int statusChecks;

  @Column(name = "last_error", length = 200)
  private String lastError;

  /** Asked to be withdrawn while it could not be at once (see {@code OutboxClaims#withdraw}). */
  @Column(name = "withdraw_reason", length = 200)
  private String withdrawReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  protected SmsMessage() {}

  /**
   * A new text, queued to go at once (and not after {@code sendBy}, when given). The Notify
   * reference is random: it says nothing about the patient and is unique even across databases, so
   * looking it up after a crash can only find this text.
   */
  public static SmsMessage queue(
      Long practiceId,
      MobileNumber to,
      String text,
      SmsPurpose purpose,
      String dedupKey,
      Instant sendBy,
      Instant now) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("A text message needs a text");
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("A text message is at most " + MAX_LENGTH + " characters");
    }
    if (dedupKey == null || dedupKey.isBlank() || dedupKey.length() > 120) {
      throw new IllegalArgumentException("A text message needs a dedup key of 1-120 characters");
    }
    SmsMessage m = new SmsMessage();
    m.practiceId = practiceId;
    m.phoneNumber = to.value();
    m.body = text;
    m.purpose = purpose;
    m.dedupKey = dedupKey;
    m.reference = "pc-" + UUID.randomUUID();
    m.state = SmsState.QUEUED;
    m.nextAttemptAt = now;
    m.sendBy = sendBy;
    m.createdAt = now;
    return m;
  }

  public Long id() {
    return id;
  }

  public Long practiceId() {
    return practiceId;
  }

  public SmsPurpose purpose() {
    return purpose;
  }

  public String dedupKey() {
    return dedupKey;
  }

  public String reference() {
    return reference;
  }

  public MobileNumber to() {
    return new MobileNumber(phoneNumber);
  }

  public String body() {
    return body;
  }

  public SmsState state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public int throttled() {
    return throttled;
  }

  /** An earlier attempt may have reached Notify: look the reference up before sending again. */
  public boolean maybeSent() {
    return maybeSent;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Optional<Instant> sendBy() {
    return Optional.ofNullable(sendBy);
  }

  public String leaseOwner() {
    return leaseOwner;
  }

  public Instant leaseUntil() {
    return leaseUntil;
  }

  public Optional<String> notifyId() {
    return Optional.ofNullable(notifyId);
  }

  public Optional<String> notifyServiceId() {
    return Optional.ofNullable(notifyServiceId);
  }

  public Optional<DeliveryStatus> deliveryStatus() {
    return Optional.ofNullable(deliveryStatus).flatMap(DeliveryStatus::ofWire);
  }

  public int statusChecks() {
    return statusChecks;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  /** Whoever queued it no longer wants it sent: why (it goes only if Notify already has it). */
  public Optional<String> withdrawReason() {
    return Optional.ofNullable(withdrawReason);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }

  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  @Override
  public String toString() {
    return "SmsMessage[" + id + ", " + purpose + ", " + state + ", " + reference + "]";
  }
}
