package uk.practiceconnect.reminders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A link in a reminder text, by the hash of its token. A cancel link asks for the date of birth and
 * locks after too many wrong ones; it works until the appointment starts (the appointment as it is
 * now: if it moved, its new start, see {@code Links}) and only once. A cancellation is recorded as
 * requested before EMIS is asked, and the link is used once it is complete.
 */
@Entity
@Table(name = "reminder_link")
@NamedQuery(
    name = ReminderLink.BY_HASH,
    query = "select l from ReminderLink l where l.tokenHash = :hash")
public class ReminderLink {

  public static final String BY_HASH = "ReminderLink.byHash";

  /** What a date of birth check came to. */
  public enum Check {
    RIGHT,
    WRONG,
    LOCKED
  }

  @Id
  @SequenceGenerator(
      name = "reminder_link_seq",
      sequenceName = "reminder_link_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_link_seq")
  private Long id;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private LinkPurpose purpose;

  @Column(name = "practice_id", nullable = false)
  private Long practiceId;

  @Column(name = "reminder_id", nullable = false)
  private Long reminderId;

  @Column(name = "dob_check", length = 64)
  private String dobCheck;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "locked_at")
  private Instant lockedAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "cancel_requested_at")
  private Instant cancelRequestedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ReminderLink() {}

  private ReminderLink(
      LinkToken token,
      LinkPurpose purpose,
      Long practiceId,
      Long reminderId,
      String dobCheck,
      Instant expiresAt,
      Instant now) {
    this.tokenHash = token.hash();
    this.purpose = purpose;
    this.practiceId = practiceId;
    this.reminderId = reminderId;
    this.dobCheck = dobCheck;
    this.expiresAt = expiresAt;
    this.createdAt = now;
  }

  public static ReminderLink cancel(
      LinkToken token,
      Long practiceId,
      Long reminderId,
      LocalDate dateOfBirth,
      Instant appointmentStart,
      Instant now) {
    return new ReminderLink(
        token,
        LinkPurpose.CANCEL,
        practiceId,
        reminderId,
        dateOfBirth == null ? null : token.dobCheck(dateOfBirth),
        appointmentStart,
        now);
  }

  public static ReminderLink optOut(
      LinkToken token, Long practiceId, Long reminderId, Instant expiresAt, Instant now) {
    return new ReminderLink(
        token, LinkPurpose.OPT_OUT, practiceId, reminderId, null, expiresAt, now);
  }

  /**
   * Checks a date of birth; the {@code maxAttempts}-th wrong one locks the link for good. A link
   * whose patient had no date of birth in EMIS can never be opened (it locks at once).
   */
  public Check checkDateOfBirth(LinkToken token, LocalDate given, int maxAttempts, Instant now) {
    if (isLocked()) {
      return Check.LOCKED;
    }
    if (dobCheck != null && given != null && Objects.equals(dobCheck, token.dobCheck(given))) {
      return Check.RIGHT;
    }
    failedAttempts++;
    if (failedAttempts >= maxAttempts || dobCheck == null) {
      lockedAt = now;
      return Check.LOCKED;
    }
    return Check.WRONG;
  }

  public void used(Instant now) {
    this.usedAt = now;
  }

  /** The patient asked to cancel: recorded (and committed) before EMIS is asked. */
  public void cancelRequested(Instant now) {
    if (cancelRequestedAt == null) {
      this.cancelRequestedAt = now;
    }
  }

  /** EMIS still has the appointment booked: the request did not happen. */
  public void cancelNotDone() {
    this.cancelRequestedAt = null;
  }

  public Optional<Instant> cancelRequestedAt() {
    return Optional.ofNullable(cancelRequestedAt);
  }

  public boolean isLocked() {
    return lockedAt != null;
  }

  public boolean isUsed() {
    return usedAt != null;
  }

  /** Past the time set when it was made (for a cancel link, the appointment's start then). */
  public boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  public Long id() {
    return id;
  }

  public LinkPurpose purpose() {
    return purpose;
  }

  public Long practiceId() {
    return practiceId;
  }

  public Long reminderId() {
    return reminderId;
  }

  public int failedAttempts() {
    return failedAttempts;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
