package uk.practiceconnect.booking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed identity check (a hashed NHS number or client address, and when). */
@Entity
@Table(name = "booking_identity_failure")
public class IdentityFailure {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "throttle_key", nullable = false, length = 80)
  private String throttleKey;

  @Column(name = "failed_at", nullable = false)
  private Instant failedAt;

  protected IdentityFailure() {}

  public IdentityFailure(String throttleKey, Instant failedAt) {
    this.throttleKey = throttleKey;
    this.failedAt = failedAt;
  }
}
