package uk.practiceconnect.sms.entity;

import java.time.Instant;
import java.util.Optional;
import uk.practiceconnect.patient.entity.MobileNumber;

/**
 * A text a patient sent back to the service's number, as Notify lists it. Fired as a CDI event
 * (inside the transaction that records it as read), so the feature the reply is for acts on it
 * once; the observer says what it made of it with {@link #handled}.
 *
 * @param from empty when the number is not a UK mobile
 */
public final class TextReply {

  /** What became of a reply; kept, without the number or the words. */
  public enum Outcome {
    /** Nobody acted on it (not a word any feature listens for). */
    IGNORED,
    /** A stop word from a number no practice texted lately. */
    NO_RECENT_TEXT,
    /** Reminders stopped. */
    STOPPED_REMINDERS,
    /** A stop word from a number that had already stopped reminders. */
    ALREADY_STOPPED
  }

  private final String notifyId;
  private final Optional<MobileNumber> from;
  private final String content;
  private final Instant receivedAt;
  private Outcome outcome = Outcome.IGNORED;

  public TextReply(
      String notifyId, Optional<MobileNumber> from, String content, Instant receivedAt) {
    this.notifyId = notifyId;
    this.from = from;
    this.content = content == null ? "" : content;
    this.receivedAt = receivedAt;
  }

  public String notifyId() {
    return notifyId;
  }

  public Optional<MobileNumber> from() {
    return from;
  }

  public String content() {
    return content;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Outcome outcome() {
    return outcome;
  }

  public void handled(Outcome outcome) {
    this.outcome = outcome;
  }

  @Override
  public String toString() {
    return "TextReply[" + notifyId + ", " + outcome + "]"; // never the number or the words
  }
}
