package uk.practiceconnect.sms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An instance whose sender is running, as last seen: the instances share Notify's rate limit. */
@Entity
@Table(name = "sms_sender_instance")
public class SenderInstance {

  @Id
  @Column(name = "instance_id", length = 36)
  private String instanceId;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "seen_at", nullable = false)
  private Instant seenAt;

  protected SenderInstance() {}

  public SenderInstance(String instanceId, Instant now) {
    this.instanceId = instanceId;
    this.startedAt = now;
    this.seenAt = now;
  }

  public void seen(Instant now) {
    this.seenAt = now;
  }
}
