package uk.practiceconnect.booking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One identity check that failed, or one still waiting for EMIS ({@code inFlight}), which counts as
 * a failure until EMIS has answered. Keyed by a hashed NHS number or client address.
 */
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

  @Column(name = "in_flight", nullable = false)
  private boolean inFlight;

  protected IdentityFailure() {}

  public IdentityFailure(String throttleKey, Instant failedAt) {
    this.throttleKey = throttleKey;
    this.failedAt = failedAt;
  }

  /** An attempt about to ask EMIS. */
  public static IdentityFailure inFlight(String throttleKey, Instant startedAt) {
    IdentityFailure f = new IdentityFailure(throttleKey, startedAt);
    f.inFlight = true;
    return f;
  }

  /** EMIS did not match the patient: a failure from now on. */
  public void failed(Instant now) {
    this.inFlight = false;
    this.failedAt = now;
  }

  public Long id() {
    return id;
  }

  public Instant at() {
    return failedAt;
  }

  public boolean isInFlight() {
    return inFlight;
  }
}
