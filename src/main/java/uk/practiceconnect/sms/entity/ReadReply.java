package uk.practiceconnect.sms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reply that has been read, by Notify's id: its row is the claim that makes it read once. */
@Entity
@Table(name = "sms_reply")
public class ReadReply {

  @Id
  @Column(name = "notify_id", length = 36)
  private String notifyId;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "read_at", nullable = false)
  private Instant readAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private TextReply.Outcome outcome;

  protected ReadReply() {}

  public ReadReply(TextReply reply, Instant readAt) {
    this.notifyId = reply.notifyId();
    this.receivedAt = reply.receivedAt();
    this.readAt = readAt;
    this.outcome = reply.outcome();
  }

  public void outcome(TextReply.Outcome outcome) {
    this.outcome = outcome;
  }

  public TextReply.Outcome outcome() {
    return outcome;
  }
}
